package netlab.shell.commands.wire;

import static netlab.shell.commands.wire.WireCommandsTest.lab;
import static netlab.shell.commands.wire.WireCommandsTest.oneLineError;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import netlab.core.wire.Encapsulation;
import netlab.core.wire.Endpoint;
import netlab.shell.LabRun;
import org.junit.jupiter.api.Test;

/** {@code hexdump --annotate eth|ipv4|tcp|udp} on frames the lab builds, and on broken ones. */
class AnnotateWireTest {
    static final Encapsulation TCP = Encapsulation.tcp(Endpoint.parse("127.0.0.1:50000"), Endpoint.parse("127.0.0.1:80"),
            "GET /".getBytes());
    static final Encapsulation UDP = Encapsulation.udp(Endpoint.parse("127.0.0.1:50000"), Endpoint.parse("127.0.0.1:53"),
            "q".getBytes());

    /** The run with every run of two or more spaces in its output made two, so legend columns need no counting. */
    static LabRun squeezed(String... args) {
        LabRun run = lab(args);
        return new LabRun(run.status(), run.out().replaceAll(" {2,}", "  "), run.err(), run.both());
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    @Test
    void ethAnnotatesEveryLayerInside() {
        LabRun run = squeezed("hexdump", "--annotate", "eth", "--hex", hex(TCP.frame()));
        assertThat(run.status()).as(run.both()).isZero();
        assertThat(run.out()).startsWith("Ethernet / IPv4 / TCP: 127.0.0.1 > 127.0.0.1 TCP, TTL 64, length 57; 50000 > 80 [PSH, ACK] seq 1001 ack 5001, 5 data bytes");
        assertThat(run.out()).contains("[12-13]  EtherType", "[22]  Time to Live  64 (hops left)",
                "[36-37]  Destination Port  80 (http)", "(good)", "[66-70]  Data  5 bytes");
    }

    @Test
    void ipv4ChecksTheTransportChecksumToo() {
        LabRun run = squeezed("hexdump", "--annotate", "ipv4", "--hex", hex(UDP.packet()));
        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("IPv4 / UDP: 127.0.0.1 > 127.0.0.1 UDP, TTL 64, length 29; 50000 > 53, 1 data bytes")
                .contains("Destination Port  53 (domain)").containsPattern("\\[26-27\\]  Checksum  0x[0-9a-f]{4} \\(good\\)");
    }

    @Test
    void tcpAndUdpAloneSayTheChecksumNeedsTheAddresses() {
        LabRun tcp = squeezed("hexdump", "--annotate", "tcp", "--hex", hex(TCP.segment()));
        assertThat(tcp.status()).isZero();
        assertThat(tcp.out()).contains("Flags  0x18 (PSH, ACK)", "not checked: needs the IPv4 addresses");
        LabRun udp = squeezed("hexdump", "--annotate", "udp", "--hex", hex(UDP.segment()));
        assertThat(udp.out()).contains("Length  9 (8-byte header + 1 data bytes)", "not checked");
    }

    @Test
    void aBrokenPacketIsAnnotatedAndItsProblemsListedWithStatusOne() {
        byte[] packet = TCP.packet();
        packet[8] = 1;
        LabRun run = squeezed("hexdump", "--annotate", "ipv4", "--hex", hex(packet));
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("Time to Live  1 (hops left)",
                "problem: IPv4: bad Header Checksum").doesNotContain("Exception");
    }

    @Test
    void tooFewBytesSayWhatIsMissing() {
        LabRun run = squeezed("hexdump", "--annotate", "ipv4", "--hex", "45 00 00");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("IPv4: not a readable IPv4 header", "problem: IPv4 header truncated: 3 bytes, needs at least 20");
        LabRun tcp = squeezed("hexdump", "--annotate", "eth", "--hex", hex(java.util.Arrays.copyOf(TCP.frame(), 40)));
        assertThat(tcp.out()).contains("problem: TCP: TCP header truncated: 6 bytes", "problem: IPv4: packet truncated");
        LabRun eth = squeezed("hexdump", "--annotate", "eth", "--hex", hex(java.util.Arrays.copyOf(TCP.frame(), 20)));
        assertThat(eth.status()).isEqualTo(1);
        assertThat(eth.out()).startsWith("Ethernet: 02:00:00:00:00:02 > 02:00:00:00:00:01")
                .contains("[14-19]  Data  6 bytes", "problem: IPv4: IPv4 header truncated: 6 bytes, needs at least 20");
    }

    @Test
    void badHexAndUnknownProtocolAreOneLine() {
        oneLineError(lab("hexdump", "--annotate", "ipv4", "--hex", "45 0"), 2, "odd number of hex digits");
        oneLineError(lab("hexdump", "--annotate", "ipv4", "--hex", "zz"), 2, "not a hex digit");
        oneLineError(lab("hexdump", "--annotate", "ipv5", "--hex", "00"), 2, "choose one of: eth, ipv4, tcp, udp");
    }
}
