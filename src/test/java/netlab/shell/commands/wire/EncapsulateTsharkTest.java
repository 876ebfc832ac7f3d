package netlab.shell.commands.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import netlab.core.wire.Endpoint;
import netlab.core.wire.Frames;
import netlab.core.wire.LinkType;
import netlab.core.wire.PcapWriter;
import netlab.core.wire.TcpFlow;
import netlab.shell.LabRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What encapsulate and the frame builders write is dissected by a real tshark with the same values. */
class EncapsulateTsharkTest {
    @TempDir
    Path dir;

    @Test
    void aTcpFrameFromEncapsulateShowsTheSameFieldsAndGoodChecksumsInTshark() throws Exception {
        assumeTrue(Peers.installed("tshark"), "tshark is not installed: skipping the Wireshark dissection check");
        Path pcap = dir.resolve("get.pcap");
        LabRun run = LabRun.of("", "--no-color", "encapsulate", "GET / HTTP/1.1", "--tcp", "--pcap", pcap.toString());
        assertThat(run.status()).as(run.both()).isZero();
        String tshark = Peers.tsharkVerbose(pcap);
        assertThat(tshark)
                .contains("Destination: 02:00:00:00:00:01", "Source: 02:00:00:00:00:02", "Type: IPv4 (0x0800)")
                .contains("Total Length: 66", "Identification: 0x1c46 (7238)", "Time to Live: 64", "Protocol: TCP (6)")
                .contains("[Header checksum status: Good]", "Source Port: 50000", "Destination Port: 80")
                .contains("Sequence Number (raw): 1001", "Acknowledgment number (raw): 5001", "Flags: 0x018 (PSH, ACK)")
                .contains("Window: 65483", "[Checksum Status: Good]", "Timestamp value: 1000", "Timestamp echo reply: 990")
                .doesNotContain("Malformed", "[Checksum Status: Bad]", "incorrect");
        for (String field : List.of("Time to Live", "Header Checksum", "Sequence Number", "Flags", "Checksum")) {
            assertThat(run.out()).contains(field);
        }
        String checksum = tshark.replaceAll("(?s).*\n    Header Checksum: (0x[0-9a-f]{4}).*", "$1");
        assertThat(run.out()).contains("Header Checksum        " + checksum + " (good)");
    }

    @Test
    void aUdpFrameFromEncapsulateHasAGoodUdpChecksumInTshark() throws Exception {
        assumeTrue(Peers.installed("tshark"), "tshark is not installed: skipping the Wireshark dissection check");
        Path pcap = dir.resolve("dns.pcap");
        LabRun run = LabRun.of("", "--no-color", "encapsulate", "hi", "--udp", "--src", "10.0.0.1:5000", "--dst",
                "192.168.1.2:9999", "--pcap", pcap.toString());
        assertThat(run.status()).as(run.both()).isZero();
        String tshark = Peers.tsharkVerbose(pcap);
        assertThat(tshark).contains("Source Address: 10.0.0.1", "Destination Address: 192.168.1.2", "Protocol: UDP (17)",
                        "Source Port: 5000", "Destination Port: 9999", "Length: 10", "[Checksum Status: Good]",
                        "[Header checksum status: Good]")
                .doesNotContain("Malformed", "[Checksum Status: Bad]");
    }

    @Test
    void rawIpv4CapturesOfBothLinkTypesDissectCleanly() throws Exception {
        assumeTrue(Peers.installed("tshark"), "tshark is not installed: skipping the Wireshark dissection check");
        byte[] packet = netlab.core.wire.Encapsulation.udp(Endpoint.parse("127.0.0.1:5000"),
                Endpoint.parse("127.0.0.1:9999"), "x".getBytes()).packet();
        for (LinkType type : List.of(LinkType.RAW, LinkType.IPV4)) {
            Path pcap = dir.resolve("raw-" + type.value() + ".pcap");
            try (OutputStream out = Files.newOutputStream(pcap); PcapWriter writer = new PcapWriter(out, type)) {
                writer.write(Instant.ofEpochSecond(1_700_000_000L), packet);
            }
            assertThat(Peers.tsharkVerbose(pcap)).contains(type == LinkType.RAW ? "Raw IP" : "Raw IPv4",
                    "[Header checksum status: Good]", "[Checksum Status: Good]").doesNotContain("Malformed");
        }
    }

    @Test
    void aWholeTcpFlowFromTheFrameBuilderHasNoExpertWarnings() throws Exception {
        assumeTrue(Peers.installed("tshark"), "tshark is not installed: skipping the Wireshark dissection check");
        Endpoint client = Endpoint.parse("127.0.0.1:40000");
        Endpoint server = Endpoint.parse("127.0.0.1:8080");
        TcpFlow flow = new TcpFlow(client, server, 1000, 5000);
        List<byte[]> frames = new ArrayList<>(flow.open());
        frames.add(flow.clientSends("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes()));
        frames.add(flow.serverAcks());
        frames.add(flow.serverSends("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n".getBytes()));
        frames.add(flow.clientAcks());
        frames.addAll(flow.closeFromClient());
        frames.add(Frames.udp(client.toSocketAddress(), Endpoint.parse("127.0.0.1:9999").toSocketAddress(), "x".getBytes()));
        Path pcap = dir.resolve("flow.pcap");
        try (OutputStream out = Files.newOutputStream(pcap); PcapWriter writer = new PcapWriter(out, LinkType.ETHERNET)) {
            Instant t = Instant.ofEpochSecond(1_700_000_000L);
            for (byte[] frame : frames) {
                writer.write(t, frame);
                t = t.plusMillis(1);
            }
        }
        String expert = Peers.run(List.of("tshark", "-r", pcap.toString(), "-q", "-z", "expert,warn",
                "-o", "ip.check_checksum:TRUE", "-o", "tcp.check_checksum:TRUE", "-o", "udp.check_checksum:TRUE"));
        assertThat(expert).doesNotContain("Warnings (", "Errors (");
        String summary = Peers.run(List.of("tshark", "-r", pcap.toString()));
        assertThat(summary).contains("[SYN] Seq=0", "[SYN, ACK] Seq=0 Ack=1", "GET / HTTP/1.1", "HTTP/1.1 200 OK",
                "[FIN, ACK] Seq=28 Ack=39", "[FIN, ACK] Seq=39 Ack=29", "[ACK] Seq=29 Ack=40");
    }
}
