package netlab.net.tftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import netlab.core.tftp.ErrorCode;
import netlab.core.tftp.Mode;
import netlab.core.tftp.TftpCodec;
import netlab.core.tftp.TftpOption;
import netlab.core.tftp.TftpOptions;
import netlab.core.tftp.TftpPacket;
import netlab.net.Loopback;
import netlab.net.NetProbe;
import netlab.net.Scope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TftpServerTest {
    @Test
    void transferTimesAreRoundedToTheMillisecond() {
        assertThat(TftpServer.seconds(0)).isEqualTo("0.000 s");
        assertThat(TftpServer.seconds(31_499_999)).isEqualTo("0.031 s");
        assertThat(TftpServer.seconds(31_500_000)).isEqualTo("0.032 s");
        assertThat(TftpServer.seconds(12_345_678_901L)).isEqualTo("12.346 s");
    }

    @TempDir
    Path dir;
    Path root;
    Path outside;
    TftpServer server;
    Scope scope;
    final List<String> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        root = Files.createDirectory(dir.resolve("root"));
        outside = Files.writeString(dir.resolve("secret.txt"), "secret");
        scope = new Scope();
    }

    @AfterEach
    void tearDown() {
        scope.close();
        if (server != null) {
            server.close();
        }
    }

    TftpServer start(ServerConfig config) throws IOException {
        server = new TftpServer(config, events::add, null).start();
        return server;
    }

    TftpServer start() throws IOException {
        return start(ServerConfig.of(root, Loopback.v4(0)));
    }

    TftpClient.Request request(String name, TftpOptions options) {
        return new TftpClient.Request(server.address(), name, Mode.OCTET, options, 300, 5, Faults.NONE);
    }

    static byte[] random(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    @ParameterizedTest
    @CsvSource({"0,0", "1,0", "511,0", "512,0", "513,0", "1024,0", "100000,1468", "100000,65464", "3000,8"})
    void ourClientGetsEveryByte(int size, int blksize) throws IOException {
        byte[] content = random(size, size);
        Files.write(root.resolve("f.bin"), content);
        start();
        TftpOptions options = blksize == 0 ? TftpOptions.NONE
                : TftpOptions.NONE.with(TftpOption.BLKSIZE, blksize).with(TftpOption.TSIZE, 0);
        Path out = dir.resolve("out.bin");
        TftpClient.Result r = new TftpClient(scope, null, 0).get(request("f.bin", options), out, null);
        assertThat(Files.readAllBytes(out)).isEqualTo(content);
        assertThat(r.oack()).isEqualTo(blksize != 0);
        if (blksize != 0) {
            assertThat(r.negotiated().get(TftpOption.TSIZE).getAsLong()).isEqualTo(size);
        }
        assertThat(r.serverPort().getPort()).as("a new transfer ID").isNotEqualTo(server.address().getPort());
        assertThat(dir.toFile().list()).as("no temp file left").containsExactlyInAnyOrder("root", "secret.txt", "out.bin");
    }

    @Test
    void blockNumbersRollOverOnALongTransfer() throws IOException {
        byte[] content = random(16 * 65_540 + 5, 1);
        Files.write(root.resolve("long.bin"), content);
        start();
        Path out = dir.resolve("long.out");
        new TftpClient(scope, null, 0).get(request("long.bin", TftpOptions.NONE.with(TftpOption.BLKSIZE, 16)), out, null);
        assertThat(Files.readAllBytes(out)).isEqualTo(content);
    }

    @Test
    void windowsizeMovesEveryByte() throws IOException {
        byte[] content = random(300_000, 2);
        Files.write(root.resolve("w.bin"), content);
        start();
        Path out = dir.resolve("w.out");
        TftpClient.Result r = new TftpClient(scope, null, 0).get(request("w.bin",
                TftpOptions.NONE.with(TftpOption.BLKSIZE, 1468).with(TftpOption.WINDOWSIZE, 16)), out, null);
        assertThat(Files.readAllBytes(out)).isEqualTo(content);
        assertThat(r.negotiated().get(TftpOption.WINDOWSIZE).getAsLong()).isEqualTo(16);
    }

    @Test
    void aWindowIsCappedToWhatADefaultSocketBufferHolds() {
        TftpOptions big = TftpOptions.NONE.with(TftpOption.BLKSIZE, 65464).with(TftpOption.WINDOWSIZE, 16);
        assertThat(TftpServer.fitWindow(big).get(TftpOption.WINDOWSIZE).getAsLong()).isEqualTo(2);
        TftpOptions small = TftpOptions.NONE.with(TftpOption.BLKSIZE, 8192).with(TftpOption.WINDOWSIZE, 16);
        assertThat(TftpServer.fitWindow(small)).isEqualTo(small);
    }

    @Test
    void lossAndDuplicationBothWaysLeaveTheFileIntact() throws IOException {
        byte[] content = random(60_000, 3);
        Files.write(root.resolve("lossy.bin"), content);
        start(ServerConfig.of(root, Loopback.v4(0)).withFaults(new Faults(0.1, 0.05, 7)).withTimeout(100, 20));
        Path out = dir.resolve("lossy.out");
        TftpClient.Result r = new TftpClient(scope, null, 0).get(new TftpClient.Request(server.address(), "lossy.bin",
                Mode.OCTET, TftpOptions.NONE.with(TftpOption.BLKSIZE, 1024), 100, 20, new Faults(0.1, 0.05, 8)), out, null);
        assertThat(Files.readAllBytes(out)).isEqualTo(content);
        assertThat(r.retransmissions() + r.stats().duplicates()).isPositive();
    }

    /** Large blocks are read ahead while the client takes the last run in: lost runs, a zero-length end. */
    @ParameterizedTest
    @CsvSource({"327680,8192,1", "327680,8192,4", "327780,8192,4", "654640,65464,1", "654700,65464,2"})
    void blocksReadAheadSurviveLossAndDuplication(int size, int blksize, int window) throws IOException {
        byte[] content = random(size, size + window);
        Files.write(root.resolve("ahead.bin"), content);
        start(ServerConfig.of(root, Loopback.v4(0)).withFaults(new Faults(0.15, 0.05, size)).withTimeout(100, 30));
        Path out = dir.resolve("ahead.out");
        TftpClient.Result r = new TftpClient(scope, null, 0).get(new TftpClient.Request(server.address(), "ahead.bin",
                Mode.OCTET, TftpOptions.NONE.with(TftpOption.BLKSIZE, blksize).with(TftpOption.WINDOWSIZE, window), 100, 30,
                new Faults(0.15, 0.05, size + 1)), out, null);
        assertThat(Files.readAllBytes(out)).isEqualTo(content);
        assertThat(r.retransmissions() + r.stats().duplicates()).isPositive();
    }

    @Test
    void aMissingFileIsError1() throws IOException {
        start();
        assertThatThrownBy(() -> new TftpClient(scope, null, 0).get(request("nope.txt", TftpOptions.NONE),
                dir.resolve("nope.out"), null))
                .isInstanceOf(TransferFailedException.class).hasMessageContaining("error 1: File not found")
                .satisfies(e -> assertThat(((TransferFailedException) e).failure().error().kind())
                        .isEqualTo(ErrorCode.FILE_NOT_FOUND));
        assertThat(dir.resolve("nope.out")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../secret.txt", "/etc/passwd", "sub/../../secret.txt", "..\\secret.txt", "%2e%2e/secret.txt",
            "%2E%2E%2Fsecret.txt", "link-out", "dir-link/secret.txt", "fifo", "sub", "null-link"})
    void namesLeavingTheRootAreError2(String name) throws IOException {
        Files.createDirectory(root.resolve("sub"));
        Files.createSymbolicLink(root.resolve("link-out"), outside);
        Files.createSymbolicLink(root.resolve("dir-link"), dir);
        Files.createSymbolicLink(root.resolve("null-link"), Path.of("/dev/null"));
        new ProcessBuilder("mkfifo", root.resolve("fifo").toString()).start().onExit().join();
        start();
        assertThatThrownBy(() -> new TftpClient(scope, null, 0).get(request(name, TftpOptions.NONE), dir.resolve("x"), null))
                .isInstanceOf(TransferFailedException.class).hasMessageContaining("error 2: Access violation");
        assertThat(events).anySatisfy(e -> assertThat(e).contains("refused with error 2"));
    }

    @Test
    void aNameOver255BytesIsError2() throws IOException {
        start();
        assertThatThrownBy(() -> new TftpClient(scope, null, 0).get(request("a".repeat(256), TftpOptions.NONE),
                dir.resolve("x"), null)).hasMessageContaining("error 2").hasMessageContaining("over 255 bytes");
    }

    @Test
    void writesNeedAllowWriteAndOverwritesNeedCreate() throws IOException {
        Path upload = Files.write(dir.resolve("up.bin"), random(5000, 4));
        Files.writeString(root.resolve("exists.txt"), "old");
        start();
        TftpClient client = new TftpClient(scope, null, 0);
        assertThatThrownBy(() -> client.put(request("new.bin", TftpOptions.NONE), upload, null))
                .hasMessageContaining("error 2").hasMessageContaining("--allow-write");
        server.close();
        start(ServerConfig.of(root, Loopback.v4(0)).writable(true, false));
        client.put(request("new.bin", TftpOptions.NONE.with(TftpOption.TSIZE, 0).with(TftpOption.BLKSIZE, 1000)), upload, null);
        assertThat(root.resolve("new.bin")).hasSameBinaryContentAs(upload);
        assertThatThrownBy(() -> client.put(request("exists.txt", TftpOptions.NONE), upload, null))
                .hasMessageContaining("error 6: File already exists");
        assertThat(root.resolve("exists.txt")).hasContent("old");
        server.close();
        start(ServerConfig.of(root, Loopback.v4(0)).writable(true, true));
        client.put(request("exists.txt", TftpOptions.NONE), upload, null);
        assertThat(root.resolve("exists.txt")).hasSameBinaryContentAs(upload);
        assertThat(root.toFile().list()).as("no temp file left").containsExactlyInAnyOrder("new.bin", "exists.txt");
    }

    @Test
    void aBrokenUploadNeverReplacesTheFile() throws IOException {
        Files.writeString(root.resolve("keep.txt"), "complete");
        start(ServerConfig.of(root, Loopback.v4(0)).writable(true, true).withTimeout(100, 1));
        try (DatagramSocket client = new DatagramSocket(Loopback.v4(0))) {
            client.setSoTimeout(5000);
            send(client, new TftpPacket.WriteRequest("keep.txt", Mode.OCTET, TftpOptions.NONE), server.address());
            Received ack0 = receive(client);
            assertThat(ack0.packet()).isEqualTo(new TftpPacket.Ack(0));
            send(client, new TftpPacket.Data(1, new byte[512]), ack0.from());
            assertThat(receive(client).packet()).isEqualTo(new TftpPacket.Ack(1));
            // the client goes away: the server times out and gives up
        }
        awaitEvent("failed");
        assertThat(root.resolve("keep.txt")).hasContent("complete");
        assertThat(root.toFile().list()).containsExactly("keep.txt");
    }

    @Test
    void aStrangerOnATransferPortGetsError5AndTheTransferGoesOn() throws IOException {
        byte[] content = random(1500, 5);
        Files.write(root.resolve("s.bin"), content);
        start();
        try (DatagramSocket client = new DatagramSocket(Loopback.v4(0)); DatagramSocket stranger = new DatagramSocket(Loopback.v4(0))) {
            client.setSoTimeout(5000);
            stranger.setSoTimeout(5000);
            send(client, new TftpPacket.ReadRequest("s.bin", Mode.OCTET, TftpOptions.NONE), server.address());
            Received d1 = receive(client);
            assertThat(d1.packet()).isEqualTo(new TftpPacket.Data(1, Arrays.copyOf(content, 512)));
            send(stranger, new TftpPacket.Ack(1), d1.from());
            TftpPacket answer = receive(stranger).packet();
            assertThat(answer).isInstanceOf(TftpPacket.Error.class);
            assertThat(((TftpPacket.Error) answer).code()).isEqualTo(5);
            send(client, new TftpPacket.Ack(1), d1.from());
            assertThat(receive(client).packet()).isEqualTo(new TftpPacket.Data(2, Arrays.copyOfRange(content, 512, 1024)));
        }
    }

    @Test
    void aDuplicatedRequestStartsOneTransferNotTwo() throws IOException {
        Files.write(root.resolve("d.bin"), random(700, 8));
        start();
        try (DatagramSocket client = new DatagramSocket(Loopback.v4(0))) {
            client.setSoTimeout(300);
            TftpPacket rrq = new TftpPacket.ReadRequest("d.bin", Mode.OCTET, TftpOptions.NONE);
            send(client, rrq, server.address());
            send(client, rrq, server.address());
            Received first = receive(client);
            assertThat(first.packet()).isInstanceOf(TftpPacket.Data.class);
            assertThatThrownBy(() -> receive(client)).as("no DATA #1 from a second port")
                    .isInstanceOf(java.net.SocketTimeoutException.class);
            awaitEvent("duplicate, ignored");
        }
    }

    @Test
    void garbageOnTheRequestPortIsAnsweredAndTheServerGoesOn() throws IOException {
        Files.writeString(root.resolve("ok.txt"), "fine");
        start();
        Random random = new Random(9);
        try (DatagramSocket client = new DatagramSocket(Loopback.v4(0))) {
            client.setSoTimeout(5000);
            for (int i = 0; i < 50; i++) {
                byte[] junk = new byte[random.nextInt(40)];
                random.nextBytes(junk);
                if (junk.length > 1) {
                    junk[0] = 0;
                    junk[1] = (byte) random.nextInt(9);
                }
                client.send(new DatagramPacket(junk, junk.length, server.address()));
            }
        }
        Path out = dir.resolve("ok.out");
        new TftpClient(scope, null, 0).get(request("ok.txt", TftpOptions.NONE), out, null);
        assertThat(out).hasContent("fine");
    }

    @Test
    void onlyAskedOptionsAreAcknowledgedAndUnknownOnesIgnored() throws IOException {
        Files.write(root.resolve("o.bin"), random(100, 6));
        start();
        try (DatagramSocket client = new DatagramSocket(Loopback.v4(0))) {
            client.setSoTimeout(5000);
            byte[] rrq = "\0\1o.bin\0octet\0multicast\0\0blksize\0001024\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            client.send(new DatagramPacket(rrq, rrq.length, server.address()));
            TftpPacket oack = receive(client).packet();
            assertThat(oack).isEqualTo(new TftpPacket.OptionAck(TftpOptions.NONE.with(TftpOption.BLKSIZE, 1024)));
        }
    }

    @Test
    void transfersBeyondTheBoundAreRefused() throws IOException {
        Files.write(root.resolve("b.bin"), random(2000, 7));
        start(ServerConfig.of(root, Loopback.v4(0)).withMaxTransfers(1));
        try (DatagramSocket first = new DatagramSocket(Loopback.v4(0)); DatagramSocket second = new DatagramSocket(Loopback.v4(0))) {
            first.setSoTimeout(5000);
            second.setSoTimeout(5000);
            send(first, new TftpPacket.ReadRequest("b.bin", Mode.OCTET, TftpOptions.NONE), server.address());
            assertThat(receive(first).packet()).isInstanceOf(TftpPacket.Data.class);
            send(second, new TftpPacket.ReadRequest("b.bin", Mode.OCTET, TftpOptions.NONE), server.address());
            TftpPacket busy = receive(second).packet();
            assertThat(busy).isInstanceOf(TftpPacket.Error.class);
            assertThat(((TftpPacket.Error) busy).message()).contains("busy");
        }
    }

    @Test
    void netasciiConvertsLineEndsOnTheWire() throws IOException {
        Files.writeString(root.resolve("t.txt"), "one\ntwo\n");
        start(ServerConfig.of(root, Loopback.v4(0)).writable(true, true));
        try (DatagramSocket client = new DatagramSocket(Loopback.v4(0))) {
            client.setSoTimeout(5000);
            send(client, new TftpPacket.ReadRequest("t.txt", Mode.NETASCII, TftpOptions.NONE), server.address());
            Received d = receive(client);
            assertThat(((TftpPacket.Data) d.packet()).payload()).isEqualTo("one\r\ntwo\r\n".getBytes());
            send(client, new TftpPacket.Ack(1), d.from());
        }
        Path out = dir.resolve("t.out");
        new TftpClient(scope, null, 0).get(new TftpClient.Request(server.address(), "t.txt", Mode.NETASCII,
                TftpOptions.NONE, 300, 5, Faults.NONE), out, null);
        assertThat(out).hasContent("one\ntwo\n");
    }

    /**
     * Each transfer's socket is bound ahead of its request (the server's spare port): every transfer
     * still answers from a port of its own, and closing the server closes the spare too.
     */
    @Test
    void everyTransferHasAPortOfItsOwnAndClosingLeavesNoSocketOpen() throws IOException {
        Files.write(root.resolve("f.bin"), random(70_000, 7));
        serveThreeDownloads(); // the classes and the JDK's own descriptors are loaded by the first round
        long fds = NetProbe.descriptors();
        Set<Integer> ports = serveThreeDownloads();
        assertThat(NetProbe.descriptors()).as("descriptors open after the server closed").isEqualTo(fds);
        assertThat(ports).hasSize(3).doesNotContain(server.address().getPort());
    }

    private Set<Integer> serveThreeDownloads() throws IOException {
        start();
        Set<Integer> ports = new HashSet<>();
        try (Scope downloads = new Scope()) {
            for (int i = 0; i < 3; i++) {
                Path out = dir.resolve("f" + i + ".out");
                ports.add(new TftpClient(downloads, null, 0).get(request("f.bin", TftpOptions.NONE.with(TftpOption.BLKSIZE, 65464)),
                        out, null).serverPort().getPort());
                assertThat(out).hasSameBinaryContentAs(root.resolve("f.bin"));
            }
        }
        server.close();
        return ports;
    }

    @Test
    void closingTheServerLeavesNoThreadBehind() throws IOException, InterruptedException {
        start();
        server.close();
        Thread.sleep(0);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("tftp-") && t.isAlive());
    }

    record Received(TftpPacket packet, InetSocketAddress from) {
    }

    static void send(DatagramSocket s, TftpPacket p, InetSocketAddress to) throws IOException {
        byte[] b = p.encode();
        s.send(new DatagramPacket(b, b.length, to));
    }

    static Received receive(DatagramSocket s) throws IOException {
        byte[] buf = new byte[70000];
        DatagramPacket p = new DatagramPacket(buf, buf.length);
        s.receive(p);
        return new Received(TftpCodec.decode(Arrays.copyOf(buf, p.getLength())), (InetSocketAddress) p.getSocketAddress());
    }

    void awaitEvent(String word) {
        long end = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < end) {
            if (events.stream().anyMatch(e -> e.contains(word))) {
                return;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("no event with " + word + " in " + new ArrayList<>(events));
    }
}
