package netlab.net.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import netlab.core.upload.UploadHeader;
import netlab.core.upload.UploadReply;
import netlab.core.upload.UploadReply.Status;
import netlab.net.Crowd;
import netlab.net.Loopback;
import netlab.net.NetProbe;
import netlab.net.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The upload receiver saves a file only when its SHA-256 matches, never outside its folder, never
 * over an existing file without both sides' consent, and survives senders that drop mid-file, send
 * garbage heads (a 2 GiB size, a 64 KiB name length, wrong magic) or come a thousand at once —
 * leaving no temporary file, thread or descriptor behind.
 */
class UploadReliabilityTest {
    @TempDir
    Path dir;

    @TempDir
    Path sources;

    private final BlockingQueue<UploadReceiver.Event> events = new LinkedBlockingQueue<>();

    private InetSocketAddress receiver(Scope scope, boolean force) throws IOException {
        return new UploadReceiver(scope, dir, force, 1L << 30, events::add).start(Loopback.v4(0));
    }

    private UploadReceiver.Event event() throws InterruptedException {
        UploadReceiver.Event e = events.poll(10, TimeUnit.SECONDS);
        assertThat(e).as("the receiver reported in time").isNotNull();
        return e;
    }

    private Path source(String name, int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return Files.write(sources.resolve(name), bytes);
    }

    private List<Path> dirContents() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    @Test
    void aFileArrivesWholeAtTheBlockBoundaries() throws Exception {
        try (Scope scope = new Scope()) {
            InetSocketAddress address = receiver(scope, false);
            for (int size : new int[] {0, 1, (1 << 20) - 1, 1 << 20, (1 << 20) + 1}) {
                Path file = source("f" + size, size);
                UploadSender.Result result = new UploadSender(scope).send(address, file, "f" + size, false, n -> { });
                assertThat(result.verdict().status()).isEqualTo(Status.SAVED);
                assertThat(Files.readAllBytes(dir.resolve("f" + size))).isEqualTo(Files.readAllBytes(file));
                assertThat(event().sha256()).isEqualTo(result.sha256());
            }
        }
        assertThat(dirContents()).allMatch(p -> !p.getFileName().toString().endsWith(".part"));
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenBothSidesAgree() throws Exception {
        Files.writeString(dir.resolve("keep.txt"), "original");
        Path file = source("keep.txt", 100);
        try (Scope scope = new Scope()) {
            InetSocketAddress strict = receiver(scope, false);
            assertThat(new UploadSender(scope).send(strict, file, "keep.txt", true, n -> { }).verdict().status())
                    .isEqualTo(Status.EXISTS);
            assertThat(Files.readString(dir.resolve("keep.txt"))).isEqualTo("original");
        }
        try (Scope scope = new Scope()) {
            InetSocketAddress lenient = receiver(scope, true);
            assertThat(new UploadSender(scope).send(lenient, file, "keep.txt", false, n -> { }).verdict().message())
                    .contains("send with --force");
            assertThat(new UploadSender(scope).send(lenient, file, "keep.txt", true, n -> { }).verdict().status())
                    .isEqualTo(Status.SAVED);
            assertThat(Files.readAllBytes(dir.resolve("keep.txt"))).isEqualTo(Files.readAllBytes(file));
        }
    }

    @Test
    void aWrongChecksumSavesNothing() throws Exception {
        try (Scope scope = new Scope(); Socket socket = new Socket()) {
            socket.connect(receiver(scope, false));
            OutputStream out = socket.getOutputStream();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            out.write(new UploadHeader("bad.bin", 4, false).bytes());
            assertThat(UploadReply.read(in).status()).isEqualTo(Status.READY);
            out.write(new byte[] {1, 2, 3, 4});
            out.write(new byte[32]);
            UploadReply verdict = UploadReply.read(in);
            assertThat(verdict.status()).isEqualTo(Status.CHECKSUM_MISMATCH);
            assertThat(verdict.message()).startsWith("SHA-256 mismatch: the sender says 0000");
        }
        assertThat(dirContents()).isEmpty();
    }

    @Test
    void misbehavingSendersLeaveTheReceiverServingOthersAndNothingBehind() throws Exception {
        Set<String> threads = NetProbe.threads();
        long fds = NetProbe.descriptors();
        try (Scope scope = new Scope()) {
            InetSocketAddress address = receiver(scope, false);

            try (Socket midway = new Socket()) {
                midway.connect(address);
                midway.getOutputStream().write(new UploadHeader("half.bin", 1_000_000, false).bytes());
                assertThat(UploadReply.read(new DataInputStream(midway.getInputStream())).status()).isEqualTo(Status.READY);
                midway.getOutputStream().write(new byte[300_000]);
            }
            assertThat(event().message()).startsWith("the sender closed after").endsWith("the partial file was deleted");

            try (Socket twoGiB = new Socket()) {
                twoGiB.connect(address);
                twoGiB.getOutputStream().write(new UploadHeader("huge.bin", 1L << 31, false).bytes());
                UploadReply reply = UploadReply.read(new DataInputStream(twoGiB.getInputStream()));
                assertThat(reply.status()).isEqualTo(Status.REFUSED);
                assertThat(reply.message()).isEqualTo("size 2147483648 bytes is over this receiver's limit of 1073741824 bytes");
            }
            assertThat(event().status()).isEqualTo(Status.REFUSED);

            for (byte[] garbage : List.of("GET / HTTP/1.1\r\n\r\n".getBytes(),
                    new byte[] {'N', 'L', 'U', 'P', 1, 0, (byte) 0xff, (byte) 0xff},
                    traversal("../escape.txt"), traversal("/etc/passwd"))) {
                try (Socket s = new Socket()) {
                    s.connect(address);
                    s.getOutputStream().write(garbage);
                    assertThat(UploadReply.read(new DataInputStream(s.getInputStream())).status()).isEqualTo(Status.REFUSED);
                }
                assertThat(event().status()).isEqualTo(Status.REFUSED);
            }

            Crowd.connectAndDrop(address, 1000);
            for (int i = 0; i < 1000; i++) {
                UploadReceiver.Event e = event();
                assertThat(e.status() == Status.FAILED || e.message().startsWith("busy:"))
                        .as("dropped, or turned away while 64 were busy: %s", e).isTrue();
            }

            Path file = source("after.bin", 200_000);
            assertThat(new UploadSender(scope).send(address, file, "after.bin", false, n -> { }).verdict().status())
                    .isEqualTo(Status.SAVED);
        }
        assertThat(dirContents()).extracting(p -> p.getFileName().toString()).containsExactly("after.bin");
        assertThat(Files.exists(dir.getParent().resolve("escape.txt"))).isFalse();
        assertThat(NetProbe.threads()).isEqualTo(threads);
        assertThat(NetProbe.descriptors()).isEqualTo(fds);
    }

    private static byte[] traversal(String name) {
        byte[] n = name.getBytes();
        return ByteBuffer.allocate(8 + n.length + 8).put(UploadHeader.MAGIC).put((byte) 1).put((byte) 0)
                .putShort((short) n.length).put(n).putLong(5).array();
    }
}
