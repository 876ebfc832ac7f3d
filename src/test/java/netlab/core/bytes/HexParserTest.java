package netlab.core.bytes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import netlab.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class HexParserTest {
    @Test
    void acceptsTheUsualSpellings() {
        byte[] expected = {0, 1, 0x68, (byte) 0xff};
        assertThat(HexParser.parse("00 01 68 ff")).isEqualTo(expected);
        assertThat(HexParser.parse("000168FF")).isEqualTo(expected);
        assertThat(HexParser.parse("0x00,0x01,0x68,0xff")).isEqualTo(expected);
        assertThat(HexParser.parse("00:01:68:ff")).isEqualTo(expected);
        assertThat(HexParser.parse("")).isEmpty();
    }

    @Test
    void badDigitIsNamedWithItsPosition() {
        assertThatThrownBy(() -> HexParser.parse("0g"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("not a hex digit: \"g\" at position 2 of \"0g\" (use 0-9 and a-f, two digits per byte)");
    }

    @Test
    void oddDigitCountIsRefused() {
        assertThatThrownBy(() -> HexParser.parse("0 01"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("position 1");
        assertThatThrownBy(() -> HexParser.parse("abc")).hasMessageContaining("position 3");
    }

    @Test
    void unicodeDigitsAreNotHex() {
        assertThatThrownBy(() -> HexParser.parse("٠١")).hasMessageContaining("not a hex digit");
    }
}
