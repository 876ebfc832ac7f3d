package netlab.shell;

/** Makes a line safe to echo to a terminal: control characters become visible escapes. */
public final class Printable {
    private Printable() {
    }

    public static String visible(String line) {
        StringBuilder sb = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean control = (c < 0x20 && c != '\t') || c == 0x7f || (c >= 0x80 && c < 0xa0);
            if (control && sb == null) {
                sb = new StringBuilder(line.length() + 8).append(line, 0, i);
            }
            if (sb != null) {
                if (control) {
                    sb.append(String.format("\\x%02x", (int) c));
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? line : sb.toString();
    }
}
