package netlab.shell.commands.sockets;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import netlab.net.Loopback;
import netlab.shell.LabRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadCommandsTest {
    @TempDir
    Path work;

    private static Set<String> tempUploadDirs() throws Exception {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("netlab-upload-")).collect(Collectors.toSet());
        }
    }

    @Test
    void uploadToTheLabsOwnReceiverShowsTheHeadAndDeletesItsFolder() throws Exception {
        Path file = Files.writeString(work.resolve("notes.txt"), "hello upload\n");
        Set<String> before = tempUploadDirs();
        LabRun run = LabRun.of("", "--no-color", "tcp", "upload", file.toString());
        assertThat(run.status()).as(run.both()).isZero();
        assertThat(run.out()).contains("uploading " + file + " as \"notes.txt\", 13 bytes, to the lab's own receiver on 127.0.0.1:")
                .contains("00000000  4e 4c 55 50 01 00 00 09  6e 6f 74 65 73 2e 74 78  |NLUP....notes.tx|")
                .contains("[17-24]  size         13 bytes");
        assertThat(run.out()).containsPattern("SHA-256 ([0-9a-f]{64}) \\(sent after the bytes\\)\nreceiver: saved notes.txt, 13 bytes, SHA-256 \\1 — the checksums match");
        assertThat(tempUploadDirs()).isEqualTo(before);
    }

    @Test
    void receiverSavesOnceAndNeverOverwritesWithoutForce() throws Exception {
        Path inbox = Files.createDirectory(work.resolve("inbox"));
        Path file = Files.write(work.resolve("data.bin"), new byte[70_000]);
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, Loopback.V4)) {
            port = probe.getLocalPort();
        }
        LabRun[] receiver = new LabRun[1];
        int p = port;
        Thread lab = Thread.ofPlatform().start(() -> receiver[0] = LabRun.of("", "--no-color", "tcp", "receive",
                "--dir", inbox.toString(), "--port", String.valueOf(p), "--count", "4"));
        netlab.shell.commands.chat.ChatCommandsTestAccess.awaitListening(port);
        String server = "127.0.0.1:" + port;
        LabRun first = LabRun.of("", "--no-color", "tcp", "upload", file.toString(), "--server", server);
        LabRun second = LabRun.of("", "--no-color", "tcp", "upload", file.toString(), "--server", server, "--force");
        LabRun json = LabRun.of("", "--json", "tcp", "upload", file.toString(), "--server", server, "--as", "copy.bin");
        lab.join(10_000);
        assertThat(first.status()).as(first.both()).isZero();
        assertThat(second.status()).isEqualTo(1);
        assertThat(second.err()).isEqualTo("error: the receiver refused: data.bin already exists in " + inbox.toAbsolutePath()
                + "; the receiver never overwrites without its --force\n");
        assertThat(json.out()).startsWith("{\"name\":\"copy.bin\",\"size\":70000,\"sha256\":\"")
                .contains("\"status\":\"saved\"");
        assertThat(Files.readAllBytes(inbox.resolve("data.bin"))).isEqualTo(Files.readAllBytes(file));
        assertThat(receiver[0].out()).containsPattern("saved data.bin from 127\\.0\\.0\\.1:[0-9]+: 70,000 bytes in .* SHA-256 [0-9a-f]{64} matches")
                .containsPattern("refused data.bin from 127\\.0\\.0\\.1:[0-9]+: data.bin already exists")
                .contains("failed from 127.0.0.1:").contains("stopped after 4 upload(s)");
        try (Stream<Path> s = Files.list(inbox)) {
            assertThat(s.map(x -> x.getFileName().toString()).sorted()).containsExactly("copy.bin", "data.bin");
        }
    }

    @Test
    void aLargeFileShowsNoProgressBarWhenStdoutIsNotATerminal() throws Exception {
        Path file = Files.write(work.resolve("big.bin"), new byte[3 << 20]);
        LabRun run = LabRun.of("", "--no-color", "tcp", "upload", file.toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).doesNotContain("\r").doesNotContain("[#")
                .containsPattern("sent 3,145,728 bytes \\(3\\.0 MiB\\) in [0-9.]+ m?s \\([0-9.]+ MB/s\\)");
    }

    @Test
    void textIsSentAsAFileNamedByAs() {
        LabRun run = LabRun.of("", "--no-color", "tcp", "upload", "--text", "你好", "--as", "greeting.txt");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("uploading the text as \"greeting.txt\", 6 bytes")
                .contains("SHA-256 670d9743542cae3ea7ebe36af56bd53648b0a1126162e78d81a32934a711302e (sent after the bytes)");
        assertThat(LabRun.of("", "--no-color", "tcp", "upload").err())
                .isEqualTo("error: give a FILE or --text TEXT (e.g. tcp upload notes.txt, or tcp upload --text hello)\n");
    }

    @Test
    void badInputIsOneLine() throws Exception {
        Path file = Files.writeString(work.resolve("a.txt"), "a");
        assertThat(LabRun.of("", "--no-color", "tcp", "upload", work.resolve("none.txt").toString()).err())
                .isEqualTo("error: no such file: \"" + work.resolve("none.txt") + "\" (give the path of a file to send)\n");
        assertThat(LabRun.of("", "--no-color", "tcp", "upload", file.toString(), "--as", "../a.txt").err())
                .isEqualTo("error: refused file name \"../a.txt\": it holds a path separator (/ or \\), which could leave"
                        + " the receiver's folder; send a plain file name\n");
        assertThat(LabRun.of("", "--no-color", "tcp", "receive", "--dir", "/no/such/dir").err())
                .isEqualTo("error: not a folder: \"/no/such/dir\" (--dir takes an existing folder to save into)\n");
    }
}
