package netlab.shell.commands.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import netlab.net.Loopback;
import netlab.net.kernel.KernelSocketTable;
import netlab.shell.LabRun;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class NamesCommandsTest {
    @Test
    void portsKnowsTheSeedsServicesByNumberAndName() {
        LabRun table = LabRun.of("ports\n");
        for (String row : new String[] {"21  ftp", "22  ssh", "23  telnet", "53  dns", "69  tftp", "80  http", "443  https",
            "161  snmp", "520  rip", "3306  mysql", "1521  oracle", "8080  tomcat"}) {
            assertThat(table.out()).contains(row);
        }
        assertThat(table.out()).contains("well-known      0–1023").contains("registered   1024–49151").contains("dynamic     49152–65535");
        assertThat(LabRun.of("ports domain\n").out()).contains("Port 53 — dns");
        assertThat(LabRun.of("ports 8080\n").out()).contains("Range: registered (1024–49151)");
        LabRun bad = LabRun.of("ports 65536\nports gopher\n");
        assertThat(bad.err()).contains("error: not a port number: \"65536\" (0–65535").contains("error: unknown service name \"gopher\"");
        assertThat(LabRun.of("", "ports", "443", "--json").out().strip())
                .isEqualTo("{\"port\":443,\"range\":\"well-known\",\"service\":\"https\",\"transports\":\"tcp\"}");
    }

    @Test
    void localhostResolvesWithoutALookupAndAnUnknownNameIsOneClearLine() {
        LabRun r = LabRun.of("resolve localhost\nresolve nosuch.invalid\nresolve 'bad name'\n");
        assertThat(r.out()).contains("localhost → 2 addresses in").contains("127.0.0.1  IPv4  loopback").contains("::1        IPv6  loopback");
        assertThat(r.err().lines().toList()).hasSize(2);
        assertThat(r.err()).contains("error: cannot resolve \"nosuch.invalid\": ").contains("error: not a host name: \"bad name\"");
    }

    @Test
    void hostinfoShowsTheLoopbackInterface() {
        LabRun r = LabRun.of("hostinfo\n");
        assertThat(r.out()).contains("Host name:").contains("127.0.0.1/8");
    }

    @Test
    void socketsShowsAListeningTcpAndAnUnconnectedUdpSocketOfThisTest() throws Exception {
        Assumptions.assumeTrue(KernelSocketTable.available(), "needs Linux /proc/net/tcp");
        try (ServerSocket server = new ServerSocket(0, 1, Loopback.V4);
             DatagramSocket udp = new DatagramSocket(new InetSocketAddress(Loopback.V4, 0))) {
            LabRun r = LabRun.of("sockets\nsockets --udp --listening\n");
            assertThat(r.out()).containsPattern("tcp6?\\s+\\[?(::ffff:)?127\\.0\\.0\\.1\\]?:" + server.getLocalPort() + "\\s+\\S+:\\*\\s+LISTEN")
                    .containsPattern("udp6?\\s+\\[?(::ffff:)?127\\.0\\.0\\.1\\]?:" + udp.getLocalPort() + "\\s+\\S+:\\*\\s+UNCONN");
            String udpOnly = r.out().substring(r.out().indexOf("lab> sockets --udp"));
            assertThat(udpOnly).doesNotContain("LISTEN").contains("0 TCP sockets,");
        }
    }

    @Test
    void theFourProcTablesAreReadWithOneParser() throws Exception {
        Path dir = Files.createTempDirectory(LabRun.stateDir(), "proc");
        String head = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n";
        Files.writeString(dir.resolve("tcp"), head + "   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 4242 1\n");
        Files.writeString(dir.resolve("udp"), head + "12089: 0100007F:1B3C 00000000:0000 07 00000000:00000000 00:00000000 00000000     0        0 225189 2 00000000fffe7c12 0\n");
        var rows = KernelSocketTable.read(dir);
        assertThat(rows).extracting(KernelSocketTable.Row::table).containsExactly("tcp", "udp");
        assertThat(rows.get(0).socket().local().getPort()).isEqualTo(8080);
        assertThat(rows.get(1).socket().local().getPort()).isEqualTo(6972);
        assertThat(rows.get(1).socket().code()).isEqualTo(7);
    }
}
