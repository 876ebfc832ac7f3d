package netlab.net.tftp;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import netlab.core.tftp.ErrorCode;
import netlab.core.tftp.TftpCodec;
import netlab.core.tftp.TftpPacket;
import netlab.net.tftp.interop.RawTftp;
import netlab.net.tftp.interop.TftpPeers;
import netlab.net.tftp.interop.TraversalCorpus;
import org.junit.jupiter.api.AfterAll;

/**
 * The server's request handling fed arbitrary bytes. {@code rootJail}: any name either resolves
 * to a regular file (or, for writing, a place) inside the root, or is refused with error 1, 2 or
 * 6 — never a path outside. {@code requests}: any datagram sent to a running server's request
 * port gets only well-formed TFTP packets back, never a byte of the secret outside the root,
 * changes nothing outside the root, and the server still answers the next request. Under plain
 * {@code mvn test} the seeds in {@code src/test/resources/netlab/net/tftp/TftpServerFuzzTestInputs/}
 * are replayed; {@code JAZZER_FUZZ=1 mvn test -Dtest='TftpServerFuzzTest#rootJail'} fuzzes.
 */
class TftpServerFuzzTest {
    private static TraversalCorpus corpus;
    private static RootJail jail;
    private static TftpServer server;
    private static RawTftp raw;
    private static RawTftp probe;

    private static synchronized void setUp() {
        if (corpus != null) {
            return;
        }
        try {
            corpus = new TraversalCorpus();
            jail = new RootJail(corpus.root());
            server = new TftpServer(ServerConfig.of(corpus.root(), new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                    .writable(true, false).withTimeout(200, 1), line -> { }, null).start();
            raw = new RawTftp();
            probe = new RawTftp();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void tearDown() {
        if (server != null) {
            server.close();
            raw.close();
            probe.close();
            corpus.close();
            corpus = null;
        }
    }

    @FuzzTest(maxDuration = "60s")
    void rootJail(byte[] data) {
        setUp();
        String name = new String(data, StandardCharsets.UTF_8);
        try {
            Path path = jail.forReading(name);
            assertThat(path.startsWith(jail.root())).as(name).isTrue();
            assertThat(realInside(path)).as(name).isTrue();
            assertThat(Files.isRegularFile(path)).as(name).isTrue();
        } catch (Refusal refusal) {
            assertThat(refusal.code()).as(name).isIn(ErrorCode.FILE_NOT_FOUND, ErrorCode.ACCESS_VIOLATION);
        }
        try {
            Path path = jail.forWriting(name, true);
            assertThat(realInside(path.getParent())).as(name).isTrue();
            assertThat(path.getParent().toRealPath().equals(path.getParent())).as(name).isTrue();
            assertThat(Files.isSymbolicLink(path)).as(name).isFalse();
        } catch (Refusal refusal) {
            assertThat(refusal.code()).as(name).isIn(ErrorCode.ACCESS_VIOLATION, ErrorCode.FILE_EXISTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void requests(byte[] data) throws IOException {
        setUp();
        raw.send(data, server.address().getPort());
        Optional<RawTftp.Reply> reply = raw.receive(data.length >= 2 && data[0] == 0 && data[1] == 5 ? 20 : 300);
        if (isRequest(data)) {
            assertThat(reply).as("a request is always answered (DATA, OACK, ACK 0 or ERROR)").isPresent();
        }
        while (reply.isPresent()) {
            RawTftp.Reply r = reply.get();
            TftpPacket packet = TftpCodec.decode(r.bytes());
            assertThat(new String(r.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("SECRET");
            switch (packet) {
                case TftpPacket.Data d -> raw.send(TftpPacket.Error.of(ErrorCode.NOT_DEFINED, "fuzz: enough").encode(),
                        r.fromPort());
                case TftpPacket.OptionAck o -> raw.send(TftpPacket.Error.of(ErrorCode.NOT_DEFINED, "fuzz: enough").encode(),
                        r.fromPort());
                case TftpPacket.Ack a -> raw.send(TftpPacket.Error.of(ErrorCode.NOT_DEFINED, "fuzz: enough").encode(),
                        r.fromPort());
                case TftpPacket.Error e -> assertThat(e.code()).isBetween(0, 8);
                case TftpPacket.ReadRequest rrq -> throw new AssertionError("the server sent an RRQ");
                case TftpPacket.WriteRequest wrq -> throw new AssertionError("the server sent a WRQ");
            }
            reply = raw.receive(5);
        }
        probe.send(TftpPeers.readRequest("no-such-file-" + data.length, "octet"), server.address().getPort());
        RawTftp.Reply answer = probe.receive(5000).orElseThrow(() -> new AssertionError("the server stopped answering"));
        assertThat(answer.errorCode()).isIn(0, 1);
        assertThat(corpus.untouched()).isEmpty();
    }

    private static boolean isRequest(byte[] data) {
        try {
            return TftpCodec.decode(data) instanceof TftpPacket.Request;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean realInside(Path path) {
        try {
            return path.toRealPath().startsWith(jail.root()) || !Files.exists(path, LinkOption.NOFOLLOW_LINKS)
                    && path.getParent().toRealPath().startsWith(jail.root());
        } catch (IOException e) {
            return !Files.exists(path, LinkOption.NOFOLLOW_LINKS);
        }
    }
}
