package netlab.core.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PcapFileTest {
    static final Endpoint A = Endpoint.parse("127.0.0.1:40000");
    static final Endpoint B = Endpoint.parse("127.0.0.1:69");

    static byte[] written(LinkType type, List<byte[]> packets, Instant first) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PcapWriter writer = new PcapWriter(out, type)) {
            for (int i = 0; i < packets.size(); i++) {
                writer.write(first.plusMillis(i), packets.get(i));
            }
        }
        return out.toByteArray();
    }

    @Test
    void whatIsWrittenIsReadBackWithTimestampsToTheMicrosecond() throws IOException {
        List<byte[]> frames = List.of(Frames.udp(A, B, "one".getBytes(), 0), Frames.udp(B, A, "two".getBytes(), 1));
        Instant first = Instant.ofEpochSecond(1_700_000_000L, 123_456_789);
        PcapFile file = PcapFile.read(written(LinkType.ETHERNET, frames, first));
        assertThat(file.linkType()).isEqualTo(LinkType.ETHERNET);
        assertThat(file.order()).isEqualTo(ByteOrder.BIG_ENDIAN);
        assertThat(file.nanoseconds()).isFalse();
        assertThat(file.records()).hasSize(2);
        assertThat(file.records().get(0).data()).isEqualTo(frames.get(0));
        assertThat(file.records().get(1).data()).isEqualTo(frames.get(1));
        assertThat(file.records().get(0).timestamp()).isEqualTo(Instant.ofEpochSecond(1_700_000_000L, 123_456_000));
        assertThat(file.records().get(1).originalLength()).isEqualTo(frames.get(1).length);
    }

    @Test
    void littleEndianAndNanosecondFilesAreRead() throws IOException {
        byte[] packet = Ipv4Header.of(17, A.address(), B.address()).complete(0).encode();
        byte[] big = written(LinkType.RAW, List.of(packet), Instant.ofEpochSecond(10, 999_999_000));
        byte[] little = swapped(big);
        little[0] = 0x4d;
        little[1] = 0x3c;
        PcapFile file = PcapFile.read(little);
        assertThat(file.order()).isEqualTo(ByteOrder.LITTLE_ENDIAN);
        assertThat(file.nanoseconds()).isTrue();
        assertThat(file.linkType()).isEqualTo(LinkType.RAW);
        assertThat(file.records().get(0).data()).isEqualTo(packet);
        assertThat(file.records().get(0).timestamp()).isEqualTo(Instant.ofEpochSecond(10, 999_999));
    }

    /** The same file with every header field byte-swapped (the packet bytes stay as they are). */
    private static byte[] swapped(byte[] big) {
        byte[] b = big.clone();
        reverse(b, 0, 4);
        reverse(b, 4, 2);
        reverse(b, 6, 2);
        for (int at = 8; at < 24; at += 4) {
            reverse(b, at, 4);
        }
        for (int at = 24; at < 40; at += 4) {
            reverse(b, at, 4);
        }
        return b;
    }

    private static void reverse(byte[] b, int at, int n) {
        for (int i = 0; i < n / 2; i++) {
            byte t = b[at + i];
            b[at + i] = b[at + n - 1 - i];
            b[at + n - 1 - i] = t;
        }
    }

    @Test
    void badFilesSayWhatIsWrong() throws IOException {
        assertThatThrownBy(() -> PcapFile.read(new byte[10])).isInstanceOf(WireFormatException.class)
                .hasMessage("not a pcap file: 10 bytes, the file header needs 24");
        byte[] notPcap = new byte[24];
        notPcap[0] = 0x0a;
        notPcap[1] = 0x0d;
        notPcap[2] = 0x0d;
        notPcap[3] = 0x0a;
        assertThatThrownBy(() -> PcapFile.read(notPcap)).hasMessageStartingWith("not a pcap file: magic number 0x0a0d0d0a");
        byte[] good = written(LinkType.ETHERNET, List.of(new byte[100]), Instant.EPOCH);
        assertThatThrownBy(() -> PcapFile.read(Arrays.copyOf(good, good.length - 1)))
                .hasMessage("pcap record 1 cut short: 99 of 100 bytes");
        assertThatThrownBy(() -> PcapFile.read(Arrays.copyOf(good, 30))).hasMessage("pcap record 1 cut short: 6 of 16 header bytes");
    }

    @Test
    void aTcpFlowKeepsSequenceAndAcknowledgmentNumbersRight() {
        TcpFlow flow = new TcpFlow(A, B, 0xffff_fffeL, 5000);
        List<byte[]> open = flow.open();
        byte[] data = flow.clientSends("abc".getBytes());
        byte[] reply = flow.serverSends("de".getBytes());
        List<byte[]> close = flow.closeFromClient();
        long[][] expected = {{0xfffffffeL, 0}, {5000, 0xffffffffL}, {0xffffffffL, 5001}, {0xffffffffL, 5001},
            {5001, 2}, {2, 5003}, {5003, 3}, {3, 5004}};
        int[] flags = {0x02, 0x12, 0x10, 0x18, 0x18, 0x11, 0x11, 0x10};
        List<byte[]> all = new java.util.ArrayList<>(open);
        all.add(data);
        all.add(reply);
        all.addAll(close);
        for (int i = 0; i < all.size(); i++) {
            Decoded<EthernetHeader> eth = EthernetHeader.decode(all.get(i));
            Decoded<Ipv4Header> ip = Ipv4Codec.decode(eth.payload());
            Decoded<TcpHeader> tcp = TcpCodec.decode(ip.payload(), ip.header().source(), ip.header().destination());
            assertThat(ip.problems()).isEmpty();
            assertThat(tcp.problems()).isEmpty();
            assertThat(tcp.header().sequenceNumber()).as("seq of segment %d", i).isEqualTo(expected[i][0]);
            assertThat(tcp.header().acknowledgmentNumber()).as("ack of segment %d", i).isEqualTo(expected[i][1]);
            assertThat(tcp.header().flags()).as("flags of segment %d", i).isEqualTo(flags[i]);
        }
    }
}
