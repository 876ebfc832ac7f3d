package netlab.shell.commands.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import netlab.core.wire.Decoded;
import netlab.core.wire.EthernetHeader;
import netlab.core.wire.Ipv4Codec;
import netlab.core.wire.Ipv4Header;
import netlab.core.wire.LinkType;
import netlab.core.wire.PcapFile;
import netlab.core.wire.PcapRecord;
import netlab.core.wire.UdpHeader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A capture written by a real tcpdump of our own loopback UDP exchange reads back packet for packet. */
class TcpdumpPcapTest {
    @TempDir
    Path dir;

    @Test
    void aTcpdumpCaptureOfALoopbackExchangeReadsBackWithTheSameCountAndBytes() throws Exception {
        assumeTrue(Peers.installed("tcpdump"), "tcpdump is not installed: skipping the capture file check");
        Path pcap = dir.resolve("lo.pcap");
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        try (DatagramSocket server = new DatagramSocket(new InetSocketAddress(loopback, 0));
                DatagramSocket client = new DatagramSocket(new InetSocketAddress(loopback, 0))) {
            server.setSoTimeout(5000);
            client.setSoTimeout(5000);
            int port = server.getLocalPort();
            Process tcpdump = new ProcessBuilder("tcpdump", "-i", "lo", "-U", "-n", "-c", "4", "-w", pcap.toString(),
                    "udp and host 127.0.0.1 and port " + port).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try {
                BufferedReader err = new BufferedReader(new InputStreamReader(tcpdump.getErrorStream(), StandardCharsets.UTF_8));
                String line = err.readLine();
                assumeTrue(line != null && line.contains("listening on"),
                        "tcpdump cannot capture on lo here (" + line + "): skipping the capture file check");
                List<String> sent = List.of("ping-1", "ping-2");
                for (String message : sent) {
                    byte[] bytes = message.getBytes(StandardCharsets.US_ASCII);
                    client.send(new DatagramPacket(bytes, bytes.length, server.getLocalSocketAddress()));
                    DatagramPacket got = new DatagramPacket(new byte[100], 100);
                    server.receive(got);
                    server.send(new DatagramPacket(got.getData(), got.getLength(), got.getSocketAddress()));
                    client.receive(new DatagramPacket(new byte[100], 100));
                }
                assertThat(tcpdump.waitFor(20, TimeUnit.SECONDS)).as("tcpdump stops after 4 packets").isTrue();
            } finally {
                tcpdump.destroyForcibly();
            }
            PcapFile file = PcapFile.read(java.nio.file.Files.readAllBytes(pcap));
            assertThat(file.linkType()).isEqualTo(LinkType.ETHERNET);
            assertThat(file.records()).hasSize(4);
            List<String> payloads = new ArrayList<>();
            for (PcapRecord record : file.records()) {
                Decoded<Ipv4Header> ip = Ipv4Codec.decode(EthernetHeader.decode(record.data()).payload());
                assertThat(ip.problems()).isEmpty();
                Decoded<UdpHeader> udp = UdpHeader.decode(ip.payload(), null, null);
                assertThat(List.of(udp.header().sourcePort(), udp.header().destinationPort())).contains(port);
                payloads.add(new String(udp.payload(), StandardCharsets.US_ASCII));
            }
            assertThat(payloads).containsExactly("ping-1", "ping-1", "ping-2", "ping-2");
            assertThat(frameHex(Peers.run(List.of("tcpdump", "-r", pcap.toString(), "-n", "-xx"))))
                    .containsExactlyElementsOf(file.records().stream().map(r -> HexFormat.of().formatHex(r.data())).toList());

            Path nano = dir.resolve("lo-nano.pcap");
            Peers.run(List.of("tcpdump", "-r", pcap.toString(), "--time-stamp-precision=nano", "-w", nano.toString()));
            PcapFile rewritten = PcapFile.read(java.nio.file.Files.readAllBytes(nano));
            assertThat(rewritten.nanoseconds()).isTrue();
            assertThat(rewritten.order()).isEqualTo(java.nio.ByteOrder.nativeOrder());
            assertThat(rewritten.records()).hasSize(4);
            for (int i = 0; i < 4; i++) {
                assertThat(rewritten.records().get(i).data()).isEqualTo(file.records().get(i).data());
                assertThat(rewritten.records().get(i).timestamp()).isEqualTo(file.records().get(i).timestamp());
            }
        }
    }

    /** The hex bytes of each packet in {@code tcpdump -xx} output, one string per packet. */
    static List<String> frameHex(String output) {
        List<String> frames = new ArrayList<>();
        StringBuilder current = null;
        for (String line : output.split("\n")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("0x")) {
                String hex = trimmed.substring(trimmed.indexOf(':') + 1).replace(" ", "");
                if (trimmed.startsWith("0x0000:")) {
                    current = new StringBuilder();
                    frames.add(null);
                }
                current.append(hex);
                frames.set(frames.size() - 1, current.toString());
            }
        }
        return frames;
    }
}
