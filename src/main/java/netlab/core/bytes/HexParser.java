package netlab.core.bytes;

import java.io.ByteArrayOutputStream;
import netlab.core.InvalidInputException;

/**
 * Reads bytes written as hex digits, the way people paste them: {@code "00 01 68 65"},
 * {@code "0001 6865"}, {@code "0x00,0x01"}, {@code "00:01:68"}. Separators are spaces, commas,
 * colons, dashes and an optional {@code 0x} before each group.
 */
public final class HexParser {
    private HexParser() {
    }

    public static byte[] parse(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() / 2);
        int high = -1;
        int highAt = -1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' || c == ',' || c == ':' || c == '-' || c == '\t' || c == '\n' || c == '\r') {
                if (high >= 0) {
                    throw oddGroup(text, highAt);
                }
                i++;
                continue;
            }
            if (c == '0' && high < 0 && i + 1 < text.length() && (text.charAt(i + 1) == 'x' || text.charAt(i + 1) == 'X')
                    && (i == 0 || !isHexDigit(text.charAt(i - 1)))) {
                i += 2;
                continue;
            }
            int digit = Character.digit(c, 16);
            if (digit < 0 || c > 'f') {
                throw new InvalidInputException("not a hex digit: " + InvalidInputException.quote(String.valueOf(c))
                        + " at position " + (i + 1) + " of " + InvalidInputException.quote(text)
                        + " (use 0-9 and a-f, two digits per byte)");
            }
            if (high < 0) {
                high = digit;
                highAt = i;
            } else {
                bytes.write(high << 4 | digit);
                high = -1;
            }
            i++;
        }
        if (high >= 0) {
            throw oddGroup(text, highAt);
        }
        return bytes.toByteArray();
    }

    private static boolean isHexDigit(char c) {
        return Character.digit(c, 16) >= 0 && c <= 'f';
    }

    private static InvalidInputException oddGroup(String text, int at) {
        return new InvalidInputException("odd number of hex digits: the digit at position " + (at + 1) + " of "
                + InvalidInputException.quote(text) + " has no partner (write each byte as two digits, e.g. 0a)");
    }
}
