package netlab.core;

/**
 * A value the user typed (an address, a hex string, a packet, a lesson file) that cannot be used.
 * The message is one line that names the bad value and says what would be right, e.g.
 * {@code not an IPv4 address: "192.168.1.256" (each part is 0–255)}.
 */
public class InvalidInputException extends IllegalArgumentException {
    public InvalidInputException(String message) {
        super(message);
    }

    /** Quotes a user's value for a message: control characters made visible, long values cut. */
    public static String quote(String value) {
        StringBuilder sb = new StringBuilder("\"");
        int limit = 60;
        int count = 0;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            if (count++ == limit) {
                sb.append("…\" (").append(value.length()).append(" characters)");
                return sb.toString();
            }
            if (cp == '"') {
                sb.append("\\\"");
            } else if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0)) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp == 0xfffd) {
                sb.append("\\ufffd");
            } else {
                sb.appendCodePoint(cp);
            }
        }
        return sb.append('"').toString();
    }
}
