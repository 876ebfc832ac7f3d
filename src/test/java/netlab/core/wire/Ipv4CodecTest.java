package netlab.core.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet4Address;
import java.util.Random;
import netlab.core.bytes.FieldSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Ipv4CodecTest {
    static final Inet4Address A = Endpoint.address("10.1.2.3");
    static final Inet4Address B = Endpoint.address("192.168.200.7");

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7})
    void everyFlagCombinationRoundTrips(int flags) {
        Ipv4Header h = new Ipv4Header(0xb8, 0, 0xbeef, flags, 0x1abc, 1, 17, 0, A, B, new byte[] {1, 1, 1, 0})
                .complete(3);
        Decoded<Ipv4Header> d = Ipv4Codec.decode(h.encode(new byte[] {9, 8, 7}));
        assertThat(d.header()).isEqualTo(h);
        assertThat(d.payload()).containsExactly(9, 8, 7);
        assertThat(d.headerLength()).isEqualTo(24);
        assertThat(d.header().dontFragment()).isEqualTo((flags & 2) != 0);
        assertThat(d.header().moreFragments()).isEqualTo((flags & 1) != 0);
        assertThat(d.problems()).hasSize((flags & 4) != 0 ? 1 : 0);
    }

    @Test
    void randomHeadersRoundTripFieldByField() {
        Random random = new Random(5);
        for (int i = 0; i < 500; i++) {
            byte[] options = new byte[random.nextInt(11) * 4];
            random.nextBytes(options);
            if (options.length > 0) {
                options[0] = (byte) (2 + random.nextInt(254));
                options[1] = (byte) options.length;
            }
            byte[] a = new byte[4];
            byte[] b = new byte[4];
            random.nextBytes(a);
            random.nextBytes(b);
            Ipv4Header h = new Ipv4Header(random.nextInt(256), 0, random.nextInt(65536), random.nextInt(4),
                    random.nextInt(8192), random.nextInt(256), random.nextInt(256), 0, Endpoint.address(a),
                    Endpoint.address(b), options).complete(0);
            Decoded<Ipv4Header> d = Ipv4Codec.decode(h.encode());
            assertThat(d.header()).isEqualTo(h);
            assertThat(d.problems()).isEmpty();
            assertThat(d.header().ihl()).isEqualTo(5 + options.length / 4);
        }
    }

    @Test
    void spansNameEveryFieldAsRfc791DoesWithItsMeaning() {
        byte[] packet = Ipv4Header.of(6, A, B).withTimeToLive(64).complete(0).encode();
        Decoded<Ipv4Header> d = Ipv4Codec.decode(packet);
        assertThat(d.spans()).extracting(FieldSpan::name).containsExactly("Version/IHL", "Type of Service",
                "Total Length", "Identification", "Flags/Fragment Offset", "Time to Live", "Protocol",
                "Header Checksum", "Source Address", "Destination Address");
        assertThat(d.spans().get(5).value()).isEqualTo("64 (hops left)");
        assertThat(d.spans().get(6).value()).isEqualTo("6 (TCP)");
        assertThat(d.spans().get(4).value()).isEqualTo("0x4000 (flags DF, offset 0)");
        assertThat(d.spans().get(7).value()).endsWith("(good)");
    }

    @Test
    void optionsGetOneSpanEachAndABadOptionLengthIsReported() {
        byte[] rr = {7, 7, 4, 0, 0, 0, 0, 1, (byte) 148, 4, 0, 0, 0, 0, 0, 0};
        Decoded<Ipv4Header> d = Ipv4Codec.decode(new Ipv4Header(0, 0, 0, 0, 0, 1, 2, 0, A, B, rr).complete(0).encode());
        assertThat(d.problems()).isEmpty();
        assertThat(d.spans().subList(10, d.spans().size())).extracting(FieldSpan::name)
                .containsExactly("Record Route", "No Operation", "Router Alert", "End of Option List", "Padding");
        rr[1] = 40;
        assertThat(Ipv4Codec.decode(new Ipv4Header(0, 0, 0, 0, 0, 1, 2, 0, A, B, rr).complete(0).encode()).problems())
                .containsExactly("option type 7 at byte 20 has bad length 40 (the header has 16 bytes left)");
    }

    @Test
    void aBadChecksumIsReportedWithTheRightValue() {
        byte[] packet = Ipv4Header.of(17, A, B).complete(0).encode();
        int right = Ipv4Codec.u16(packet, 10);
        packet[11] ^= 1;
        Decoded<Ipv4Header> d = Ipv4Codec.decode(packet);
        assertThat(d.problems()).containsExactly("bad Header Checksum " + Assigned.hex16(right ^ 1) + ": should be "
                + Assigned.hex16(right));
    }

    @Test
    void aBadIhlIsReportedNotThrown() {
        byte[] packet = Ipv4Header.of(17, A, B).complete(0).encode();
        packet[0] = 0x43;
        assertThat(Ipv4Codec.decode(packet).problems()).anyMatch(p -> p.startsWith("bad IHL 3"));
        packet[0] = 0x4f;
        assertThat(Ipv4Codec.decode(packet).problems()).anyMatch(p -> p.startsWith("header truncated: IHL 15 means 60 bytes"));
        packet[0] = 0x65;
        assertThat(Ipv4Codec.decode(packet).problems()).anyMatch(p -> p.startsWith("Version is 6"));
    }

    @Test
    void aTruncatedPacketAndTrailingPaddingAreTold() {
        byte[] packet = Ipv4Header.of(17, A, B).complete(10).encode(new byte[4]);
        assertThat(Ipv4Codec.decode(packet).problems()).contains("packet truncated: Total Length says 30 bytes, 24 present");
        byte[] padded = Ipv4Header.of(17, A, B).complete(2).encode(new byte[6]);
        Decoded<Ipv4Header> d = Ipv4Codec.decode(padded);
        assertThat(d.problems()).isEmpty();
        assertThat(d.payloadLength()).isEqualTo(2);
    }

    @Test
    void fewerThanTwentyBytesCannotBeDecoded() {
        assertThatThrownBy(() -> Ipv4Codec.decode(new byte[19])).isInstanceOf(WireFormatException.class)
                .hasMessage("IPv4 header truncated: 19 bytes, needs at least 20");
    }
}
