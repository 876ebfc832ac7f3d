package netlab.core.wire;

import static org.assertj.core.api.Assertions.assertThat;

import netlab.core.bytes.HexParser;
import org.junit.jupiter.api.Test;

class ChecksumTest {
    @Test
    void rfc1071ExampleSumsToDdf2() {
        byte[] data = HexParser.parse("00 01 f2 03 f4 f5 f6 f7");
        assertThat(Checksum.sum(0, data, 0, data.length)).isEqualTo(0xddf2);
        assertThat(Checksum.of(data)).isEqualTo(0x220d);
    }

    @Test
    void anOddLastByteIsPaddedWithZero() {
        // 0x0102 + 0x0300 = 0x0402, complement 0xfbfd
        assertThat(Checksum.of(HexParser.parse("01 02 03"))).isEqualTo(0xfbfd);
    }

    @Test
    void carriesFoldBackIntoTheLowBits() {
        // 0xffff + 0x0001 = 0x10000 -> 0x0001, complement 0xfffe
        assertThat(Checksum.of(HexParser.parse("ff ff 00 01"))).isEqualTo(0xfffe);
    }

    @Test
    void knownIpv4HeaderHasChecksumB861AndVerifiesToZero() {
        byte[] header = HexParser.parse("4500 0073 0000 4000 4011 0000 c0a8 0001 c0a8 00c7");
        assertThat(Checksum.of(header)).isEqualTo(0xb861);
        header[10] = (byte) 0xb8;
        header[11] = 0x61;
        assertThat(Checksum.of(header)).isZero();
    }

    @Test
    void udpPseudoHeaderChecksumMatchesHandComputation() {
        // 127.0.0.1:1234 -> 127.0.0.1:5678, payload "hi":
        // pseudo 7f00+0001+7f00+0001+0011+000a; header 04d2+162e+000a+0000; data 6869
        long sum = 0x7f00 + 0x0001 + 0x7f00 + 0x0001 + 0x0011 + 0x000a + 0x04d2 + 0x162e + 0x000a + 0x6869;
        while (sum >> 16 != 0) {
            sum = (sum & 0xffff) + (sum >> 16);
        }
        int expected = (int) (~sum & 0xffff);
        Endpoint a = Endpoint.parse("127.0.0.1:1234");
        Endpoint b = Endpoint.parse("127.0.0.1:5678");
        assertThat(UdpHeader.of(a, b, "hi".getBytes()).checksum()).isEqualTo(expected);
    }
}
