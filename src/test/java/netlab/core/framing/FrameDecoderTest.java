package netlab.core.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class FrameDecoderTest {
    private static final List<String> MESSAGES = List.of("hello", "", "wörld", "a somewhat longer message");

    @ParameterizedTest
    @EnumSource(value = Framing.class, names = {"LINE", "LENGTH"})
    void everyReadSizeGivesTheSameMessagesBack(Framing framing) throws Exception {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        for (String m : MESSAGES) {
            stream.write(framing.encode(m.getBytes(StandardCharsets.UTF_8)));
        }
        byte[] bytes = stream.toByteArray();
        for (int size = 1; size <= bytes.length; size++) {
            FrameDecoder decoder = framing.describingDecoder(1024);
            List<String> got = new ArrayList<>();
            for (int at = 0; at < bytes.length; at += size) {
                byte[] chunk = Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + size));
                FrameDecoder.Fed fed = decoder.feed(chunk);
                fed.messages().forEach(m -> got.add(new String(m, StandardCharsets.UTF_8)));
                assertThat(fed.spans().stream().mapToInt(s -> s.length()).sum()).as("every byte described")
                        .isEqualTo(chunk.length);
            }
            assertThat(got).as("read size " + size).isEqualTo(MESSAGES);
            assertThat(decoder.partial()).isFalse();
        }
    }

    @Test
    void theLengthPrefixIsFourBytesBigEndian() {
        assertThat(Framing.LENGTH.encode("hi".getBytes(StandardCharsets.US_ASCII)))
                .containsExactly(0, 0, 0, 2, 'h', 'i');
        assertThat(Framing.LINE.encode("hi".getBytes(StandardCharsets.US_ASCII))).containsExactly('h', 'i', '\n');
    }

    @Test
    void aLengthPrefixOfTwoGibibytesIsRefusedBeforeAnythingIsAllocated() {
        FrameDecoder decoder = Framing.LENGTH.decoder(1 << 20);
        assertThatThrownBy(() -> decoder.feed(new byte[] {(byte) 0x80, 0, 0, 0, 'x'}))
                .isInstanceOf(FramingException.class)
                .hasMessage("length prefix 0x80000000 says 2,147,483,648 bytes, more than the 1,048,576 this receiver"
                        + " accepts in one message (garbage, or another protocol): connection closed");
    }

    @Test
    void aLineThatNeverEndsIsRefused() {
        FrameDecoder decoder = Framing.LINE.decoder(8);
        assertThatThrownBy(() -> decoder.feed("0123456789".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(FramingException.class).hasMessageStartingWith("no newline in 10 bytes");
    }

    @Test
    void aLineFramedMessageCannotHoldANewline() {
        assertThatThrownBy(() -> Framing.LINE.encode("a\nb".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noFramingHandsBackEachReadAsItCame() throws Exception {
        FrameDecoder decoder = Framing.NONE.decoder(16);
        assertThat(decoder.feed("ab".getBytes(StandardCharsets.US_ASCII)).messages()).hasSize(1);
        assertThat(decoder.partial()).isFalse();
    }

    @Test
    void aPrefixSplitAcrossReadsIsDescribedInBothReads() throws Exception {
        FrameDecoder decoder = Framing.LENGTH.describingDecoder(64);
        FrameDecoder.Fed first = decoder.feed(new byte[] {0, 0});
        assertThat(first.spans()).singleElement().satisfies(s -> assertThat(s.value()).startsWith("first 2 of its 4"));
        FrameDecoder.Fed second = decoder.feed(new byte[] {0, 1, 'z'});
        assertThat(second.messages()).singleElement().satisfies(m -> assertThat(m).containsExactly('z'));
        assertThat(second.spans().get(0).value()).startsWith("1 (0x00000001)");
    }
}
