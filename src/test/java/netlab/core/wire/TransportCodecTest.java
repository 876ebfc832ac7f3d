package netlab.core.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import netlab.core.bytes.FieldSpan;
import org.junit.jupiter.api.Test;

class TransportCodecTest {
    static final Endpoint CLIENT = Endpoint.parse("127.0.0.1:40000");
    static final Endpoint SERVER = Endpoint.parse("127.0.0.2:80");

    @Test
    void udpRoundTripsAndItsChecksumVerifies() {
        byte[] payload = "hello".getBytes(StandardCharsets.US_ASCII);
        UdpHeader h = UdpHeader.of(CLIENT, SERVER, payload);
        Decoded<UdpHeader> d = UdpHeader.decode(h.encode(payload), CLIENT.address(), SERVER.address());
        assertThat(d.header()).isEqualTo(h);
        assertThat(d.header().length()).isEqualTo(13);
        assertThat(d.payload()).isEqualTo(payload);
        assertThat(d.problems()).isEmpty();
        assertThat(d.spans().get(3).value()).endsWith("(good)");
    }

    @Test
    void udpBadChecksumBadLengthAndTruncationAreReported() {
        byte[] datagram = UdpHeader.of(CLIENT, SERVER, new byte[] {1, 2}).encode(new byte[] {1, 2});
        datagram[9] = 3;
        assertThat(UdpHeader.decode(datagram, CLIENT.address(), SERVER.address()).problems())
                .singleElement().asString().startsWith("bad UDP Checksum");
        datagram[5] = 4;
        assertThat(UdpHeader.decode(datagram, null, null).problems()).containsExactly("bad Length 4: a UDP datagram is at least 8 bytes");
        datagram[5] = 20;
        assertThat(UdpHeader.decode(datagram, null, null).problems()).containsExactly("datagram truncated: Length says 20 bytes, 10 present");
        assertThatThrownBy(() -> UdpHeader.decode(new byte[7], null, null)).isInstanceOf(WireFormatException.class);
    }

    @Test
    void everyTcpFlagRoundTrips() {
        for (int flags = 0; flags < 256; flags++) {
            TcpHeader h = new TcpHeader(1, 65535, 0xffff_ffffL, 0x8000_0000L, flags, 1234, 0, 77, List.of())
                    .withChecksum(CLIENT.address(), SERVER.address(), new byte[] {42});
            Decoded<TcpHeader> d = TcpCodec.decode(h.encode(new byte[] {42}), CLIENT.address(), SERVER.address());
            assertThat(d.header()).isEqualTo(h);
            assertThat(d.problems()).isEmpty();
        }
        assertThat(TcpHeader.flagNames(TcpHeader.SYN | TcpHeader.ACK)).isEqualTo("SYN, ACK");
        assertThat(TcpHeader.flagNames(0xff)).isEqualTo("FIN, SYN, RST, PSH, ACK, URG, ECE, CWR");
    }

    @Test
    void everyTcpOptionRoundTrips() {
        List<TcpOption> options = List.of(new TcpOption.MaximumSegmentSize(1460), new TcpOption.SackPermitted(),
                new TcpOption.Timestamps(0xfffffffeL, 7), new TcpOption.NoOperation(), new TcpOption.WindowScale(7),
                new TcpOption.Unknown(5, new byte[] {0, 0, 0, 1, 0, 0, 0, 2}), new TcpOption.EndOfOptionList());
        TcpHeader h = new TcpHeader(40000, 80, 1, 2, TcpHeader.SYN, 65535, 0, 0, options)
                .withChecksum(CLIENT.address(), SERVER.address(), new byte[0]);
        assertThat(h.dataOffset()).isEqualTo(5 + 8);
        Decoded<TcpHeader> d = TcpCodec.decode(h.encode(new byte[0]), CLIENT.address(), SERVER.address());
        assertThat(d.header()).isEqualTo(h);
        assertThat(d.problems()).isEmpty();
        assertThat(d.spans()).extracting(FieldSpan::name).contains("Maximum Segment Size", "SACK Permitted",
                "Timestamps", "No-Operation", "Window Scale", "SACK", "End of Option List", "Padding");
    }

    @Test
    void randomTcpHeadersRoundTrip() {
        Random random = new Random(9);
        for (int i = 0; i < 500; i++) {
            TcpHeader h = new TcpHeader(random.nextInt(65536), random.nextInt(65536), random.nextLong(1L << 32),
                    random.nextLong(1L << 32), random.nextInt(256), random.nextInt(65536), 0, random.nextInt(65536),
                    List.of(new TcpOption.MaximumSegmentSize(random.nextInt(65536)), new TcpOption.NoOperation(),
                            new TcpOption.WindowScale(random.nextInt(15))));
            byte[] data = new byte[random.nextInt(40)];
            random.nextBytes(data);
            h = h.withChecksum(CLIENT.address(), SERVER.address(), data);
            Decoded<TcpHeader> d = TcpCodec.decode(h.encode(data), CLIENT.address(), SERVER.address());
            assertThat(d.header()).isEqualTo(h);
            assertThat(d.payload()).isEqualTo(data);
            assertThat(d.ok()).isTrue();
        }
    }

    @Test
    void tcpProblemsAreReportedNotThrown() {
        byte[] segment = new TcpHeader(1, 2, 3, 4, TcpHeader.ACK, 5, 0, 0, List.of())
                .withChecksum(CLIENT.address(), SERVER.address(), new byte[0]).encode(new byte[0]);
        segment[12] = 0x40;
        assertThat(TcpCodec.decode(segment, null, null).problems()).containsExactly(
                "bad Data Offset 4: the header is at least 5 words (20 bytes)");
        segment[12] = (byte) 0xf0;
        assertThat(TcpCodec.decode(segment, null, null).problems()).containsExactly(
                "header truncated: Data Offset 15 means 60 bytes, only 20 present");
        segment[12] = 0x50;
        segment[17] ^= 1;
        assertThat(TcpCodec.decode(segment, CLIENT.address(), SERVER.address()).problems()).singleElement()
                .asString().startsWith("bad TCP Checksum");
        byte[] badOption = new TcpHeader(1, 2, 3, 4, 0, 5, 0, 0, List.of(new TcpOption.MaximumSegmentSize(1)))
                .encode(new byte[0]);
        badOption[21] = 9;
        assertThat(TcpCodec.decode(badOption, null, null).problems()).containsExactly(
                "option kind 2 at byte 20 has bad length 9 (the header has 4 bytes left)");
        badOption[21] = 3;
        assertThat(TcpCodec.decode(badOption, null, null).problems()).containsExactly(
                "option kind 2 at byte 20 has length 3, should be 4");
        assertThatThrownBy(() -> TcpCodec.decode(new byte[19], null, null)).isInstanceOf(WireFormatException.class);
    }
}
