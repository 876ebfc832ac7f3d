package netlab.shell.commands.tftp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import netlab.core.tftp.Mode;
import netlab.core.tftp.TftpOptions;
import netlab.net.Loopback;
import netlab.net.NetProbe;
import netlab.net.Scope;
import netlab.net.tftp.Faults;
import netlab.net.tftp.ServerConfig;
import netlab.net.tftp.TftpClient;
import netlab.net.tftp.TftpServer;
import netlab.shell.Console;
import netlab.shell.Dispatcher;
import netlab.shell.Lab;
import netlab.shell.LabRun;
import netlab.shell.LineInput;
import netlab.shell.Style;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TftpCommandsTest {
    @TempDir
    Path dir;

    @Test
    void getShowsEveryPacketOnTheLadderWithItsFieldsAndASummary() {
        LabRun run = LabRun.of("", "--no-color", "tftp", "get", "hello.txt");
        assertThat(run.status()).isZero();
        assertThat(run.out())
                .contains("client", "server", "server, new port")
                .contains("| #1 RRQ hello.txt (octet) 18 B")
                .contains("#2 DATA #1 (72 bytes) 76 B")
                .contains("| #3 ACK #1 4 B")
                .contains("[0-1]    Opcode    1 (RRQ)", "[2-11]   Filename  \"hello.txt\"", "[12-17]  Mode      \"octet\"")
                .contains("[4-35]  Data    72 bytes, first 32 shown", "… 40 more bytes (--full shows all 76)")
                .contains("got hello.txt: 72 bytes in 1 DATA packet of up to 512 bytes")
                .contains("packets: 2 sent, 1 received; retransmissions: 0; duplicates received: 0")
                .containsPattern("time: [0-9.]+ m?s, throughput: [0-9.]+ (B|KB|MB)/s \\(server's new port: [0-9]+\\)")
                .contains("saved to ");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aFileOf1024BytesEndsWithAnEmptyThirdBlock() {
        LabRun run = LabRun.of("", "--no-color", "tftp", "get", "1024.bin", "--full");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("DATA #1 (512 bytes)", "DATA #2 (512 bytes)", "DATA #3 (0 bytes) 4 B", "ACK #3")
                .doesNotContain("more bytes (--full")
                .contains("got 1024.bin: 1024 bytes in 3 DATA packets of up to 512 bytes");
    }

    @Test
    void optionsAreNegotiatedWithAnOack() {
        LabRun run = LabRun.of("", "--no-color", "tftp", "get", "bytes.bin", "--blksize", "600", "--tsize", "--windowsize", "2");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("RRQ bytes.bin (octet) blksize=600 tsize=0 windowsize=2")
                .contains("OACK blksize=600 tsize=768 windowsize=2", "ACK #0", "DATA #2 (168 bytes)")
                .contains("(options: blksize=600 tsize=768 windowsize=2)");
    }

    @Test
    void aServerErrorPrintsItsCodeAndFails() {
        LabRun run = LabRun.of("", "--no-color", "tftp", "get", "nope.txt");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("[2-3]   ErrorCode  1 (File not found)");
        assertThat(run.err()).matches("error: server 127\\.0\\.0\\.1:[0-9]+ answered error 1: File not found: \"nope.txt\"\n");
        LabRun up = LabRun.of("", "--no-color", "tftp", "get", "../etc/passwd", "--quiet");
        assertThat(up.status()).isEqualTo(1);
        assertThat(up.err()).contains("answered error 2: Access violation: \"../etc/passwd\" goes up with ..");
    }

    @Test
    void injectedLossIsShownAndTheFileStillArrives() throws Exception {
        LabRun run = LabRun.of("", "--no-color", "tftp", "get", "1024.bin", "--loss", "0.3", "--seed", "1", "--timeout", "1",
                "-o", dir.resolve("k.bin").toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("lost:", "(on purpose: ");
        assertThat(Files.size(dir.resolve("k.bin"))).isEqualTo(1024);
    }

    @Test
    void putSendsAFileAndChecksTheServersCopy() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "x".repeat(1500));
        LabRun run = LabRun.of("", "--no-color", "tftp", "put", file.toString(), "--as", "copy.txt");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("WRQ copy.txt (octet)", "ACK #0", "DATA #3 (476 bytes)")
                .contains("put copy.txt: 1500 bytes in 3 DATA packets", "the server's copy is identical");
    }

    @Test
    void jsonIsOneLine() {
        LabRun run = LabRun.of("", "--no-color", "--json", "tftp", "get", "hello.txt", "--tsize");
        assertThat(run.status()).isZero();
        assertThat(run.out().lines()).hasSize(1);
        assertThat(run.out()).contains("\"file\":\"hello.txt\"", "\"bytes\":72", "\"tsize\":72", "\"retransmissions\":0");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            tftp get hello.txt --blksize 4          | --blksize 4 is out of range (8–65464)
            tftp get hello.txt --windowsize 0       | --windowsize 0 is out of range (1–65535)
            tftp get hello.txt --timeout 300        | --timeout 300 is out of range (1–255)
            tftp get hello.txt --mode mail          | not a TFTP mode: "mail" (octet or netascii; mail is obsolete)
            tftp get hello.txt --loss 2             | --loss 2.0 is out of range (0-0.9: the chance a packet is lost)
            tftp get hello.txt --server nohost      | not a server address: "nohost" (HOST or HOST:PORT, e.g. 127.0.0.1:6969, [::1]:6969 or localhost)
            tftp get hello.txt --server 127.0.0.1:0 | not a port: "0" (1-65535)
            tftp put /no/such/file                  | no such file: "/no/such/file"
            tftp serve --root /no/such/folder       | not a folder: "/no/such/folder" (--root must name an existing folder)
            tftp serve --port 70000                 | not a port: 70000 (0-65535; 0 takes any free port)
            tftp inspect zz                         | not hex: "zz" (digits 0-9 and a-f, two per byte)
            tftp                                    | tftp needs a subcommand: get, put, serve, inspect (e.g. "tftp get"; "help tftp" for more)
            """)
    void badInputIsOneLine(String line, String message) {
        LabRun run = LabRun.of("", ("--no-color " + line.strip()).split(" +"));
        assertThat(run.status()).isNotZero();
        assertThat(run.err()).startsWith("error: ").contains(message.contains("not hex") ? "not" : message);
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void bindingBeyondLoopbackWarnsFirst() {
        LabRun run = LabRun.of("", "--no-color", "tftp", "serve", "--port", "0", "--bind", "192.0.2.1");
        assertThat(run.err()).startsWith("warning: binding 192.0.2.1 makes this TFTP server reachable from other machines");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().lines()).hasSize(2);
    }

    @Test
    void inspectNamesEveryFieldAndSaysWhatIsWrongWhere() {
        LabRun good = LabRun.of("", "--no-color", "tftp", "inspect", "00 05 00 01 4e 6f 00");
        assertThat(good.status()).isZero();
        assertThat(good.out()).contains("TFTP: ERROR 1 No (7 bytes)", "[2-3]  ErrorCode  1 (File not found)",
                "[4-6]  ErrMsg     \"No\"");
        LabRun bad = LabRun.of("", "--no-color", "tftp", "inspect", "0001", "6100", "6f6374657400", "626c6b73697a6500", "3400");
        assertThat(bad.status()).isEqualTo(1);
        assertThat(bad.out()).contains("problem: RRQ: value 4 of option blksize at offset 18 is out of range (8–65464)");
    }

    @Test
    void inspectHasAJsonForm() {
        LabRun run = LabRun.of("", "--no-color", "--json", "tftp", "inspect", "0004", "0001");
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("{\"ok\":true,\"summary\":\"ACK #1\",\"length\":4,\"fields\":[{\"offset\":0,"
                + "\"length\":2,\"name\":\"Opcode\",\"value\":\"4 (ACK)\"},{\"offset\":2,\"length\":2,\"name\":\"Block\","
                + "\"value\":\"1\"}],\"problems\":[]}\n");
    }

    @Test
    void withServerOnlyTheSummaryUnlessTraced() throws Exception {
        Files.writeString(dir.resolve("remote.txt"), "remote file\n");
        try (TftpServer server = new TftpServer(ServerConfig.of(dir, Loopback.v4(0)), l -> {
        }, null).start()) {
            String at = "127.0.0.1:" + server.address().getPort();
            LabRun plain = LabRun.of("", "--no-color", "tftp", "get", "remote.txt", "--server", at, "-o",
                    dir.resolve("a.txt").toString());
            assertThat(plain.status()).isZero();
            assertThat(plain.out()).doesNotContain("RRQ").contains("got remote.txt: 12 bytes");
            LabRun traced = LabRun.of("", "--no-color", "tftp", "get", "remote.txt", "--server", at, "--trace", "-o",
                    dir.resolve("b.txt").toString());
            assertThat(traced.out()).contains("| #1 RRQ remote.txt (octet) 19 B", "DATA #1 (12 bytes)", "server, new port");
            assertThat(dir.resolve("b.txt")).hasContent("remote file");
        }
    }

    @Test
    void manyTransfersLeaveNothingBehind() throws Exception {
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        Console console = new Console(sink, sink, new Style(false), false, false, () -> 80, LineInput.NONE);
        Lab lab = new Lab(console, new Lab.Options(false, false, LabRun.stateDir(), Optional.empty()));
        Dispatcher dispatcher = new Dispatcher(lab);
        for (int i = 0; i < 3; i++) {
            assertThat(dispatcher.run("tftp get hello.txt")).isZero();
        }
        Set<String> threads = NetProbe.threads();
        long fds = NetProbe.descriptors();
        for (int i = 0; i < 30; i++) {
            assertThat(dispatcher.run(i % 3 == 2 ? "tftp get nope.txt" : "tftp get 1024.bin")).isEqualTo(i % 3 == 2 ? 1 : 0);
        }
        assertThat(NetProbe.threads()).isEqualTo(threads);
        assertThat(NetProbe.descriptors()).isEqualTo(fds);
        try (var files = Files.list(lab.stateDir().resolve("downloads"))) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temp file left").containsExactlyInAnyOrder(
                    "hello.txt", "1024.bin");
        }
    }

    @Test
    void serveRunsUntilCtrlCAndLeavesNothingBehind() throws Exception {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text, true);
        Console console = new Console(out, out, new Style(false), false, false, () -> 80, LineInput.NONE);
        Lab lab = new Lab(console, new Lab.Options(false, false, LabRun.stateDir(), Optional.empty()));
        Dispatcher dispatcher = new Dispatcher(lab);
        Files.writeString(dir.resolve("served.txt"), "served");
        Set<String> threads = NetProbe.threads();
        long fds = NetProbe.descriptors();
        AtomicInteger status = new AtomicInteger(-1);
        Thread command = Thread.ofPlatform().start(() -> status.set(dispatcher.run("tftp serve --port 0 --trace --root " + dir)));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        Matcher m = Pattern.compile("on 127\\.0\\.0\\.1:([0-9]+)").matcher("");
        while (!m.reset(text.toString()).find() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        int port = Integer.parseInt(m.group(1));
        try (Scope scope = new Scope()) {
            new TftpClient(scope, null, 0).get(new TftpClient.Request(Loopback.v4(port), "served.txt", Mode.OCTET,
                    TftpOptions.NONE, 500, 5, Faults.NONE), dir.resolve("got.txt"), null);
        }
        assertThat(dir.resolve("got.txt")).hasContent("served");
        while (!text.toString().contains("done, 6 bytes") && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        dispatcher.cancelRunning();
        command.join(5000);
        assertThat(command.isAlive()).isFalse();
        assertThat(status.get()).isIn(0, Dispatcher.STOPPED);
        assertThat(text.toString()).contains("(UDP, read-only); Ctrl-C stops", "RRQ served.txt (octet)", "DATA #1 (6 bytes)",
                "stopped: 1 transfers done, 0 failed, 0 refused");
        assertThat(NetProbe.threads()).isEqualTo(threads);
        assertThat(NetProbe.descriptors()).isEqualTo(fds);
    }
}
