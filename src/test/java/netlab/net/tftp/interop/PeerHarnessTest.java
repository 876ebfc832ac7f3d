package netlab.net.tftp.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The harness itself, checked with peers only (no netlab code in the transfer): real clients
 * download from and upload to real servers, files arrive byte for byte, errors are seen as each
 * client reports them, and closing a server leaves no process behind.
 */
class PeerHarnessTest {
    private Path root;
    private Path downloads;

    @BeforeEach
    void folders() {
        root = TftpPeers.tempDir("root");
        downloads = TftpPeers.tempDir("downloads");
    }

    @AfterEach
    void cleanUp() {
        TftpPeers.deleteTree(root);
        TftpPeers.deleteTree(downloads);
    }

    @Test
    void tftpHpaClientDownloadsFromInTftpdAtTheBlockBoundaries() throws Exception {
        try (TftpPeers.PeerServer server = TftpPeers.inTftpd(root, false)) {
            for (int size : List.of(0, 1, 511, 512, 513, 1024)) {
                Path file = TftpPeers.randomFile(root.resolve("f" + size), size, size);
                Path out = downloads.resolve("f" + size);
                TftpPeers.ClientRun run = TftpPeers.tftpHpaGet(server.port(), "f" + size, out, "octet");
                assertThat(run.status()).as(run.toString()).isZero();
                assertThat(TftpPeers.sha256(out)).as(run.toString()).isEqualTo(TftpPeers.sha256(file));
            }
        }
    }

    @Test
    void everyClientSeesFileNotFoundFromInTftpd() throws Exception {
        try (TftpPeers.PeerServer server = TftpPeers.inTftpd(root, false)) {
            TftpPeers.ClientRun hpa = TftpPeers.tftpHpaGet(server.port(), "missing.txt", downloads.resolve("a"), "octet");
            assertThat(hpa.output()).as(hpa.toString()).contains("Error code 1: File not found");
            assertThat(hpa.status()).as("tftp-hpa exits 0 even on an error").isZero();
            TftpPeers.ClientRun atftp = TftpPeers.atftpGet(server.port(), "missing.txt", downloads.resolve("b"));
            assertThat(atftp.output()).as(atftp.toString()).contains("File not found");
            assertThat(atftp.status()).isNotZero();
            TftpPeers.ClientRun curl = TftpPeers.curlGet(server.port(), "missing.txt", downloads.resolve("c"), null);
            assertThat(curl.status()).as("curl's CURLE_TFTP_NOTFOUND: " + curl).isEqualTo(68);
        }
    }

    @Test
    void curlAndTftpHpaUploadToInTftpdWithCreate() throws Exception {
        Path source = TftpPeers.randomFile(downloads.resolve("up"), 5000, 7);
        try (TftpPeers.PeerServer server = TftpPeers.inTftpd(root, true)) {
            TftpPeers.ClientRun hpa = TftpPeers.tftpHpaPut(server.port(), source, "by-hpa", "octet");
            assertThat(TftpPeers.sha256Settled(root.resolve("by-hpa"), TftpPeers.sha256(source))).as(hpa.toString())
                    .isEqualTo(TftpPeers.sha256(source));
            TftpPeers.ClientRun curl = TftpPeers.curlPut(server.port(), source, "by-curl", 1468);
            assertThat(curl.status()).as(curl.toString()).isZero();
            assertThat(TftpPeers.sha256Settled(root.resolve("by-curl"), TftpPeers.sha256(source)))
                    .isEqualTo(TftpPeers.sha256(source));
        }
    }

    @Test
    void atftpUsesWindowsizeWithAtftpd() throws Exception {
        Path file = TftpPeers.randomFile(root.resolve("w"), 100_000, 3);
        try (TftpPeers.PeerServer server = TftpPeers.atftpd(root)) {
            Path out = downloads.resolve("w");
            TftpPeers.ClientRun run = TftpPeers.atftpGet(server.port(), "w", out, "blksize 1468", "windowsize 8");
            assertThat(run.status()).as(run.toString()).isZero();
            assertThat(run.output()).contains("windowsize = 8");
            assertThat(TftpPeers.sha256(out)).isEqualTo(TftpPeers.sha256(file));
            Path up = TftpPeers.randomFile(downloads.resolve("u"), 3000, 4);
            TftpPeers.ClientRun put = TftpPeers.atftpPut(server.port(), up, "u", "blksize 1024");
            assertThat(put.status()).as(put.toString()).isZero();
            assertThat(TftpPeers.sha256Settled(root.resolve("u"), TftpPeers.sha256(up))).isEqualTo(TftpPeers.sha256(up));
        }
    }

    @Test
    void closingAServerLeavesNoProcessAndTwoServersGetTwoPorts() throws Exception {
        TftpPeers.PeerServer first = TftpPeers.inTftpd(root, false);
        TftpPeers.PeerServer second = TftpPeers.atftpd(root);
        List<ProcessHandle> started = ProcessHandle.current().children().toList();
        try {
            assertThat(first.port()).isNotEqualTo(second.port());
        } finally {
            first.close();
            second.close();
        }
        assertThat(started).allSatisfy(p -> assertThat(p.isAlive()).as(p.info().commandLine().orElse("?")).isFalse());
        assertThat(Files.list(root)).isEmpty();
    }
}
