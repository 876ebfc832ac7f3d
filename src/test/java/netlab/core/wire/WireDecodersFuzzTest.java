package netlab.core.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import netlab.core.bytes.Annotation;
import netlab.core.bytes.FieldSpan;

/**
 * Every decoder of this package, fed arbitrary bytes, either decodes them (with problems listed)
 * or throws its own {@link WireFormatException}; annotators never throw. Under plain
 * {@code mvn test} these replay the seeds in {@code src/test/resources/netlab/core/wire/
 * WireDecodersFuzzTestInputs/}; {@code JAZZER_FUZZ=1 mvn test -Dtest=WireDecodersFuzzTest} fuzzes.
 */
class WireDecodersFuzzTest {
    static final java.net.Inet4Address SOURCE = Endpoint.address("127.0.0.1");
    static final java.net.Inet4Address DESTINATION = Endpoint.address("10.9.8.7");

    @FuzzTest(maxDuration = "30s")
    void ethernet(byte[] data) {
        try {
            Decoded<EthernetHeader> d = EthernetHeader.decode(data);
            assertThat(d.headerLength() + d.payloadLength()).isEqualTo(data.length);
        } catch (WireFormatException expected) {
            assertThat(data.length).isLessThan(EthernetHeader.LENGTH);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void ipv4(byte[] data) {
        try {
            Decoded<Ipv4Header> d = Ipv4Codec.decode(data);
            assertThat(d.headerLength() + d.payloadLength()).isLessThanOrEqualTo(data.length);
            spansInside(d, data.length);
        } catch (WireFormatException expected) {
            assertThat(data.length).isLessThan(Ipv4Header.MIN_LENGTH);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void tcp(byte[] data) {
        try {
            Decoded<TcpHeader> d = TcpCodec.decode(data, SOURCE, DESTINATION);
            spansInside(d, data.length);
            TcpCodec.decode(data, null, null);
        } catch (WireFormatException expected) {
            assertThat(data.length).isLessThan(TcpHeader.MIN_LENGTH);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void udp(byte[] data) {
        try {
            Decoded<UdpHeader> d = UdpHeader.decode(data, SOURCE, DESTINATION);
            spansInside(d, data.length);
        } catch (WireFormatException expected) {
            assertThat(data.length).isLessThan(UdpHeader.LENGTH);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void pcap(byte[] data) {
        try {
            PcapFile file = PcapFile.read(data);
            assertThat(file.records().size()).isLessThanOrEqualTo(data.length / 16);
        } catch (WireFormatException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @FuzzTest(maxDuration = "30s")
    void annotators(byte[] data) {
        for (netlab.core.bytes.Annotator annotator : WireAnnotator.ALL) {
            Annotation annotation = annotator.annotate(data);
            for (FieldSpan span : annotation.spans()) {
                assertThat(span.end()).isLessThanOrEqualTo(data.length);
            }
        }
    }

    @FuzzTest(maxDuration = "30s")
    void payloadText(byte[] data) {
        try {
            PayloadText.parse(new String(data, java.nio.charset.StandardCharsets.UTF_8));
        } catch (netlab.core.InvalidInputException expected) {
            assertThat(expected.getMessage()).startsWith("bad escape");
        }
    }

    private static void spansInside(Decoded<?> decoded, int length) {
        for (FieldSpan span : decoded.spans()) {
            assertThat(span.end()).isLessThanOrEqualTo(length);
        }
    }
}
