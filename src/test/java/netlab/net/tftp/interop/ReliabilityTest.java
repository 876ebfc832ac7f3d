package netlab.net.tftp.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import netlab.core.tftp.Mode;
import netlab.core.tftp.TftpOptions;
import netlab.core.traffic.TrafficLog;
import netlab.net.tftp.Faults;
import netlab.net.tftp.ServerConfig;
import netlab.net.tftp.TftpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The lab's client and server with packets lost and duplicated on purpose on both sides, and
 * under load: every file that arrives is byte for byte the file that was sent, whatever the
 * network did. Short timeouts keep the run fast; retries are generous enough that 10% loss never
 * exhausts them (ten losses in a row: about 1 in 10^7).
 */
class ReliabilityTest {
    private Path root;
    private Path work;

    @BeforeEach
    void folders() {
        root = TftpPeers.tempDir("reliable-root");
        work = TftpPeers.tempDir("reliable-work");
    }

    @AfterEach
    void cleanUp() {
        TftpPeers.deleteTree(root);
        TftpPeers.deleteTree(work);
    }

    /** One transfer of the 200: its size, direction and options vary with its number. */
    record Case(int n, int size, boolean upload, int blksize, int windowsize, Mode mode) {
        static Case of(int n) {
            int[] sizes = {0, 1, 511, 512, 513, 1024, 1536, 3000, 8192, 20_000};
            int[] blocks = {0, 512, 1468, 8192};
            int[] windows = {0, 1, 4, 16};
            return new Case(n, sizes[n % sizes.length], n % 3 == 2, blocks[(n / 3) % blocks.length],
                    windows[(n / 7) % windows.length], n % 11 == 5 ? Mode.NETASCII : Mode.OCTET);
        }
    }

    @Test
    void twoHundredTransfersWithTenPercentLossAndFivePercentDuplicationBothWaysAllArriveIntact() throws Exception {
        List<Case> cases = new ArrayList<>();
        for (int n = 0; n < 200; n++) {
            Case c = Case.of(n);
            cases.add(c);
            Path source = c.upload() ? work.resolve("src" + n) : root.resolve("file" + n);
            if (c.mode() == Mode.NETASCII) {
                Files.writeString(source, ("line " + n + "\r\nnext\n").repeat(Math.max(1, c.size() / 12)));
            } else {
                TftpPeers.randomFile(source, c.size(), n);
            }
        }
        ServerConfig config = OurServer.lossy(root, 0.10, 0.05, 2026).writable(true, false).withTimeout(150, 12);
        try (OurServer server = OurServer.with(config)) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<String>> results = new ArrayList<>();
                for (Case c : cases) {
                    results.add(pool.submit(() -> {
                        TrafficLog log = new TrafficLog();
                        try {
                            return transfer(server, c, log);
                        } catch (IOException | RuntimeException e) {
                            throw new AssertionError(c + ": " + e.getMessage() + "\nserver: " + String.join("\n  ",
                                    server.events().stream().filter(l -> l.contains(c.upload() ? "up" + c.n() + " "
                                            : "file" + c.n() + " ")).toList()) + "\nclient's packets:\n  "
                                    + log.exchanges().stream().map(Object::toString).collect(Collectors.joining("\n  ")), e);
                        }
                    }));
                }
                long retransmissions = 0;
                for (Future<String> r : results) {
                    String outcome = r.get(120, TimeUnit.SECONDS);
                    assertThat(outcome).as(server.events().toString()).startsWith("ok");
                    retransmissions += Long.parseLong(outcome.substring(3));
                }
                assertThat(retransmissions).as("10% loss must have caused retransmissions").isGreaterThan(20);
            } finally {
                pool.shutdownNow();
                assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            }
        }
        try (var left = Files.list(root)) {
            assertThat(left.filter(p -> p.getFileName().toString().endsWith(".part"))).as("no temporary file left").isEmpty();
        }
    }

    private String transfer(OurServer server, Case c, TrafficLog log) throws IOException {
        Faults faults = new Faults(0.10, 0.05, 7_000L + c.n());
        TftpOptions options = OurClient.options(c.blksize(), c.windowsize(), c.n() % 2 == 0);
        if (c.upload()) {
            Path source = work.resolve("src" + c.n());
            TftpClient.Result r = OurClient.put(OurClient.request(server.port(), "up" + c.n(), c.mode(), options, 150, 12,
                    faults), source, log);
            assertThat(TftpPeers.sha256(root.resolve("up" + c.n()))).as(c.toString()).isEqualTo(TftpPeers.sha256(source));
            return "ok " + r.retransmissions();
        }
        Path out = work.resolve("got" + c.n());
        TftpClient.Result r = OurClient.get(OurClient.request(server.port(), "file" + c.n(), c.mode(), options, 150, 12,
                faults), out, log);
        assertThat(TftpPeers.sha256(out)).as(c.toString()).isEqualTo(TftpPeers.sha256(root.resolve("file" + c.n())));
        return "ok " + r.retransmissions();
    }

    @Test
    void fiftyConcurrentDownloadsAllArriveIntact() throws Exception {
        Path file = TftpPeers.randomFile(root.resolve("one-mib.bin"), 1 << 20, 50);
        String want = TftpPeers.sha256(file);
        try (OurServer server = OurServer.readOnly(root)) {
            ExecutorService pool = Executors.newFixedThreadPool(50);
            try {
                List<Future<Path>> downloads = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    int n = i;
                    downloads.add(pool.submit(() -> {
                        Path out = work.resolve("copy" + n);
                        OurClient.get(server.port(), "one-mib.bin", out, Mode.OCTET,
                                OurClient.options(n % 2 == 0 ? 1468 : 0, n % 3 == 0 ? 8 : 0, true));
                        return out;
                    }));
                }
                for (Future<Path> d : downloads) {
                    assertThat(TftpPeers.sha256(d.get(120, TimeUnit.SECONDS))).isEqualTo(want);
                }
            } finally {
                pool.shutdownNow();
                assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(server.server().completed()).isEqualTo(50);
        }
    }

    @Test
    void fiftyConcurrentCurlDownloadsAllArriveIntact() throws Exception {
        TftpPeers.require("curl");
        Path file = TftpPeers.randomFile(root.resolve("half-mib.bin"), 1 << 19, 51);
        String want = TftpPeers.sha256(file);
        try (OurServer server = OurServer.readOnly(root)) {
            List<Process> curls = new ArrayList<>();
            try {
                for (int i = 0; i < 50; i++) {
                    curls.add(new ProcessBuilder("curl", "-sS", "--max-time", "60", "--tftp-blksize", i % 2 == 0 ? "512" : "8192",
                            "-o", work.resolve("curl" + i).toString(), "tftp://127.0.0.1:" + server.port() + "/half-mib.bin")
                            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
                }
                for (int i = 0; i < 50; i++) {
                    assertThat(curls.get(i).waitFor(90, TimeUnit.SECONDS)).isTrue();
                    assertThat(curls.get(i).exitValue()).as("curl #%d; server: %s", i, server.events()).isZero();
                    assertThat(TftpPeers.sha256(work.resolve("curl" + i))).isEqualTo(want);
                }
            } finally {
                curls.forEach(Process::destroyForcibly);
            }
        }
    }
}
