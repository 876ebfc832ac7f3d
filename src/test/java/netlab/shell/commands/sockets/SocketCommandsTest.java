package netlab.shell.commands.sockets;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import netlab.net.Loopback;
import netlab.shell.LabRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SocketCommandsTest {
    @Test
    void udpEchoShowsTheUtf8BytesBothWays() {
        LabRun run = LabRun.of("", "--no-color", "udp", "echo", "我爱你");
        assertThat(run.status()).isZero();
        assertThat(run.out().split("e6 88 91 e7 88 b1 e4 bd  a0", -1)).hasSize(3);
        assertThat(run.out()).contains("| #1 \"我爱你\" 9 B").contains("2 datagrams each way");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            udp listen 70000                     | not a port: 70000 (0–65535; 0 takes any free port)
            udp listen 9999 --bind nohost        | not an IP address: "nohost" (use 127.0.0.1, ::1 or localhost)
            udp send nohost:9 hi                 | not an IP address: "nohost" (use 127.0.0.1, ::1 or localhost)
            udp send 127.0.0.1 hi                | not HOST:PORT: "127.0.0.1" (e.g. 127.0.0.1:9999)
            udp send 127.0.0.1:0 hi              | not a port: "0" (1–65535)
            udp send 127.0.0.1:9                 | udp send needs a MESSAGE after 127.0.0.1:9 (e.g. udp send 127.0.0.1:9 hello) or --size N
            udp send 127.0.0.1:9 --size 70000    | a UDP datagram over IPv4 carries at most 65,507 bytes (65,535 IPv4 total length − 20 bytes of IPv4 header − 8 bytes of UDP header), and this one has 70,000; send less or split it
            udp send 127.0.0.1:9 x --size 3      | give a MESSAGE or --size N, not both
            tcp close --first nobody             | Invalid value for option '--first': expected one of [CLIENT, SERVER] (case-insensitive) but was 'nobody'; see "help tcp close"
            capture save /tmp/never.pcap         | nothing to save: run "capture on", then a demo (e.g. "udp echo hi")
            tcp                                  | tcp needs a subcommand: echo, handshake, close, reuse, load, sticky, upload, receive (e.g. "tcp echo"; "help tcp" for more)
            """)
    void badInputIsOneLine(String line, String message) {
        LabRun run = LabRun.of("", ("--no-color " + line.strip()).split(" "));
        assertThat(run.status()).isNotZero();
        assertThat(run.err()).isEqualTo("error: " + message + "\n");
    }

    @Test
    void aBusyPortIsOneLine() throws Exception {
        try (DatagramSocket holder = new DatagramSocket(Loopback.v4(0))) {
            int port = holder.getLocalPort();
            LabRun run = LabRun.of("", "--no-color", "udp", "listen", String.valueOf(port));
            assertThat(run.status()).isEqualTo(1);
            assertThat(run.err()).isEqualTo("error: port 127.0.0.1:" + port
                    + " (UDP) is busy: \"Address already in use\" (another socket holds it; pick another port, or 0 for any free one)\n");
        }
    }

    @Test
    void aClosedUdpPortIsOneLine() throws Exception {
        int port;
        try (DatagramSocket probe = new DatagramSocket(Loopback.v4(0))) {
            port = probe.getLocalPort();
        }
        LabRun run = LabRun.of("", "--no-color", "udp", "send", "127.0.0.1:" + port, "hi");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("error: port unreachable: nothing listens on 127.0.0.1:" + port
                + " (UDP; the kernel answered ICMP port unreachable; start \"udp listen " + port + "\" first)\n");
    }

    @Test
    void listenAndSendInOneSessionSeeTheSameBytes() {
        LabRun run = LabRun.of("", "--no-color", "udp", "listen", "0", "--count", "1", "--quiet", "1");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("nothing for 1 s: stopped after 0 datagram(s)");
    }

    @Test
    void resetIsOneLineInTheLadder() {
        LabRun run = LabRun.of("", "--no-color", "tcp", "echo", "--reset");
        assertThat(run.status()).isZero();
        assertThat(run.out().lines().filter(l -> l.contains("connection reset by"))).singleElement()
                .satisfies(l -> assertThat(l).contains("ConnectionResetError"));
    }

    @Test
    void tcpReuseShowsTheRealAddressAlreadyInUse() {
        LabRun run = LabRun.of("", "--no-color", "tcp", "reuse");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("with SO_REUSEADDR off: bind() failed: \"Address already in use\"")
                .contains("with SO_REUSEADDR on:  bind() worked");
    }

    @Test
    void captureSaveWritesAPcapThatTsharkReadsWithoutWarnings(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("demo.pcap");
        LabRun run = LabRun.of("capture on\nudp echo 我爱你\ntcp echo\ncapture save " + file + "\n", "--no-color");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("wrote 32 frames from 2 demo(s) to " + file + " (headers rebuilt");
        assertThat(Files.size(file)).isGreaterThan(24);
        LabRun again = LabRun.of("", "--no-color", "capture", "save", file.toString());
        assertThat(again.err()).startsWith("error: nothing to save");
        Path tshark = Path.of("/usr/bin/tshark");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(tshark), "tshark is not installed: skipping");
        Process p = new ProcessBuilder(tshark.toString(), "-r", file.toString()).redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes());
        String err = new String(p.getErrorStream().readAllBytes());
        assertThat(p.waitFor()).isZero();
        assertThat(err.lines().filter(l -> !l.startsWith("Running as user"))).isEmpty();
        assertThat(out.lines()).hasSize(32);
        assertThat(out).contains("[SYN]").contains("[FIN, ACK]").contains("UDP 51");
    }

    @Test
    void aRealCaptureIsSavedAsCaptured(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("close.pcap");
        LabRun run = LabRun.of("capture on\ntcp close\ncapture save " + file + "\n", "--no-color");
        org.junit.jupiter.api.Assumptions.assumeFalse(run.out().contains("No packet capture"),
                "tcpdump may not capture here: skipping");
        assertThat(run.out()).contains("Captured by tcpdump on lo")
                .contains("wrote 9 frames from 1 demo(s) to " + file + " (all captured on the wire by tcpdump)");
    }
}
