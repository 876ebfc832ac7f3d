package netlab.core.tftp;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Optional;
import netlab.core.bytes.Annotation;
import netlab.core.bytes.FieldSpan;

/**
 * The TFTP decoder fed arbitrary bytes: it returns a packet that encodes and decodes back to
 * itself, or throws its one {@link TftpFormatException} with an offset inside the packet; the
 * dissection used for the annotated dump agrees with it, and the annotator never throws. Under
 * plain {@code mvn test} this replays the seeds in {@code src/test/resources/netlab/core/tftp/
 * TftpCodecFuzzTestInputs/}; {@code JAZZER_FUZZ=1 mvn test -Dtest=TftpCodecFuzzTest} fuzzes.
 */
class TftpCodecFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void decode(byte[] data) {
        TftpPacket packet;
        try {
            packet = TftpCodec.decode(data);
        } catch (TftpFormatException bad) {
            assertThat(bad.getMessage()).isNotBlank().doesNotContain("\n");
            assertThat(bad.offset()).isBetween(0, data.length);
            TftpCodec.Dissection d = TftpCodec.dissect(data);
            assertThat(d.packet()).isEmpty();
            assertThat(d.problem()).map(Throwable::getMessage).contains(bad.getMessage());
            spansInside(d, data.length);
            return;
        }
        byte[] encoded = TftpCodec.encode(packet);
        assertThat(TftpCodec.decode(encoded)).isEqualTo(packet);
        // unknown options are dropped and values written without leading zeros: never longer
        assertThat(encoded.length).isLessThanOrEqualTo(data.length);
        assertThat(encoded[1]).isEqualTo((byte) packet.opcode().code());
        TftpCodec.Dissection d = TftpCodec.dissect(data);
        assertThat(d.packet()).isEqualTo(Optional.of(packet));
        assertThat(d.problem()).isEmpty();
        spansInside(d, data.length);
        if (packet instanceof TftpPacket.Data data1) {
            assertThat(data1.length()).isEqualTo(data.length - 4);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void annotate(byte[] data) {
        Annotation annotation = TftpAnnotator.INSTANCE.annotate(data);
        for (FieldSpan span : annotation.spans()) {
            assertThat(span.end()).isLessThanOrEqualTo(data.length);
        }
        assertThat(annotation.toString()).isNotNull();
    }

    private static void spansInside(TftpCodec.Dissection d, int length) {
        for (FieldSpan span : d.spans()) {
            assertThat(span.offset()).isGreaterThanOrEqualTo(0);
            assertThat(span.end()).isLessThanOrEqualTo(length);
        }
    }
}
