package netlab.net.tftp.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Uploads from real clients to the lab's server started with --allow-write: every block boundary,
 * with block sizes and a window (atftp), netascii text, and the overwrite rule: without --create
 * an existing file is refused with error 6 and left as it was.
 */
class UploadInteropTest {
    static final List<Integer> SIZES = List.of(0, 1, 511, 512, 513, 1024, 70_000);

    private Path root;
    private Path sources;

    @BeforeEach
    void folders() {
        root = TftpPeers.tempDir("upload-root");
        sources = TftpPeers.tempDir("upload-sources");
    }

    @AfterEach
    void cleanUp() {
        TftpPeers.deleteTree(root);
        TftpPeers.deleteTree(sources);
    }

    @Test
    void curlTftpHpaAndAtftpUploadEveryBoundary() throws IOException {
        try (OurServer server = OurServer.writable(root, false)) {
            for (int size : SIZES) {
                Path source = TftpPeers.randomFile(sources.resolve("s" + size), size, size + 1);
                check(server, TftpPeers.curlPut(server.port(), source, "curl-" + size, null), source, "curl-" + size);
                check(server, TftpPeers.curlPut(server.port(), source, "curl8k-" + size, 8192), source, "curl8k-" + size);
                check(server, TftpPeers.tftpHpaPut(server.port(), source, "hpa-" + size, "octet"), source, "hpa-" + size);
                check(server, TftpPeers.atftpPut(server.port(), source, "atftp-" + size, "blksize 1468"), source,
                        "atftp-" + size);
                check(server, TftpPeers.atftpPut(server.port(), source, "atftpw-" + size, "blksize 1024", "windowsize 4"),
                        source, "atftpw-" + size);
            }
            assertThat(Files.list(root).filter(p -> p.getFileName().toString().endsWith(".part")))
                    .as("no temporary file is left behind").isEmpty();
        }
    }

    @Test
    void netasciiUploadArrivesAsTheSameText() throws IOException {
        Path text = sources.resolve("text.txt");
        Files.writeString(text, "first\nsecond\r\nthird\r alone\n\nend");
        try (OurServer server = OurServer.writable(root, false)) {
            check(server, TftpPeers.tftpHpaPut(server.port(), text, "hpa.txt", "netascii"), text, "hpa.txt");
            check(server, TftpPeers.atftpPut(server.port(), text, "atftp.txt", "mode netascii"), text, "atftp.txt");
        }
    }

    @Test
    void anExistingFileIsReplacedOnlyWithCreate() throws IOException {
        Path old = TftpPeers.randomFile(root.resolve("keep.bin"), 2000, 1);
        String oldHash = TftpPeers.sha256(old);
        Path replacement = TftpPeers.randomFile(sources.resolve("new.bin"), 3000, 2);
        try (OurServer server = OurServer.writable(root, false)) {
            TftpPeers.ClientRun hpa = TftpPeers.tftpHpaPut(server.port(), replacement, "keep.bin", "octet");
            assertThat(hpa.output()).as(hpa.toString()).contains("Error code 6:");
            TftpPeers.ClientRun atftp = TftpPeers.atftpPut(server.port(), replacement, "keep.bin");
            assertThat(atftp.status()).as(atftp.toString()).isNotZero();
            assertThat(TftpPeers.sha256(old)).isEqualTo(oldHash);
        }
        try (OurServer server = OurServer.writable(root, true)) {
            check(server, TftpPeers.curlPut(server.port(), replacement, "keep.bin", 1468), replacement, "keep.bin");
        }
    }

    private void check(OurServer server, TftpPeers.ClientRun run, Path source, String name) {
        assertThat(run.status()).as(run + "\n" + server.events()).isZero();
        assertThat(run.output()).as(run.toString()).doesNotContain("Error code");
        Path stored = root.resolve(name);
        assertThat(stored).as(run + "\n" + server.events()).exists();
        assertThat(TftpPeers.sha256(stored)).as(run + "\n" + server.events()).isEqualTo(TftpPeers.sha256(source));
    }
}
