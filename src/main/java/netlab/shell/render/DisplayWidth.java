package netlab.shell.render;

/**
 * How many terminal columns text takes: East Asian wide and full-width characters (我爱你) take
 * two, combining marks none, the rest one. Renderers that line things up in columns use it.
 */
public final class DisplayWidth {
    private DisplayWidth() {
    }

    public static int of(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += of(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    public static int of(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || cp == 0x200B) {
            return 0;
        }
        return wide(cp) ? 2 : 1;
    }

    static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F)
                || (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    /** The longest start of {@code text} that fits in {@code columns}, with … when cut. */
    public static String fit(String text, int columns) {
        if (of(text) <= columns) {
            return text;
        }
        if (columns <= 1) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int w = of(cp);
            if (used + w > columns - 1) {
                break;
            }
            sb.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return sb.append('…').toString();
    }
}
