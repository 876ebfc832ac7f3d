package netlab.core.wire;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import netlab.core.InvalidInputException;

/**
 * Payload typed on a command line: UTF-8 text where {@code \r}, {@code \n}, {@code \t},
 * {@code \\} and {@code \xNN} stand for the bytes they name, so a line ending such as HTTP's
 * CRLF can be typed as {@code \r\n}.
 */
public final class PayloadText {
    private PayloadText() {
    }

    public static byte[] parse(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            int next = text.indexOf('\\', i);
            if (next < 0) {
                next = text.length();
            }
            out.writeBytes(text.substring(i, next).getBytes(StandardCharsets.UTF_8));
            if (next == text.length()) {
                break;
            }
            char c = next + 1 < text.length() ? text.charAt(next + 1) : ' ';
            switch (c) {
                case 'r' -> out.write('\r');
                case 'n' -> out.write('\n');
                case 't' -> out.write('\t');
                case '\\' -> out.write('\\');
                case 'x' -> {
                    String hex = next + 4 <= text.length() ? text.substring(next + 2, next + 4) : "";
                    if (!hex.matches("[0-9a-fA-F]{2}")) {
                        throw bad(text, next);
                    }
                    out.write(Integer.parseInt(hex, 16));
                    next += 2;
                }
                default -> throw bad(text, next);
            }
            i = next + 2;
        }
        return out.toByteArray();
    }

    private static InvalidInputException bad(String text, int at) {
        return new InvalidInputException("bad escape at position " + (at + 1) + " of " + InvalidInputException.quote(text)
                + " (use \\r, \\n, \\t, \\\\ or \\xNN with two hex digits)");
    }
}
