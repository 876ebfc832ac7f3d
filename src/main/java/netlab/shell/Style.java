package netlab.shell;

/**
 * ANSI colours for the shell's renderers, or plain text when colour is off ({@code --no-color},
 * {@code NO_COLOR}, or stdout not a terminal). Renderers always call these methods, so the same
 * code produces both forms.
 */
public final class Style {
    /** The palette the renderers use; field colours in hex dumps cycle through {@link #FIELDS}. */
    public enum Color {
        RED(31), GREEN(32), YELLOW(33), BLUE(34), MAGENTA(35), CYAN(36), GRAY(90),
        BRIGHT_RED(91), BRIGHT_GREEN(92), BRIGHT_YELLOW(93), BRIGHT_BLUE(94), BRIGHT_MAGENTA(95), BRIGHT_CYAN(96);

        final int code;

        Color(int code) {
            this.code = code;
        }
    }

    public static final Color[] FIELDS = {
        Color.CYAN, Color.YELLOW, Color.GREEN, Color.MAGENTA, Color.BRIGHT_BLUE, Color.BRIGHT_RED,
        Color.BRIGHT_GREEN, Color.BRIGHT_YELLOW, Color.BRIGHT_MAGENTA, Color.BRIGHT_CYAN, Color.BLUE, Color.RED
    };

    private final boolean enabled;

    public Style(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean enabled() {
        return enabled;
    }

    public String fg(Color color, String text) {
        return enabled ? "\u001b[" + color.code + "m" + text + "\u001b[0m" : text;
    }

    public String bold(String text) {
        return enabled ? "\u001b[1m" + text + "\u001b[0m" : text;
    }

    public String dim(String text) {
        return enabled ? "\u001b[2m" + text + "\u001b[0m" : text;
    }

    public String underline(String text) {
        return enabled ? "\u001b[4m" + text + "\u001b[0m" : text;
    }

    public String heading(String text) {
        return enabled ? "\u001b[1;36m" + text + "\u001b[0m" : text;
    }

    public String command(String text) {
        return enabled ? "\u001b[1;32m" + text + "\u001b[0m" : text;
    }

    public String error(String text) {
        return enabled ? "\u001b[1;31m" + text + "\u001b[0m" : text;
    }

    public String ok(String text) {
        return fg(Color.GREEN, text);
    }

    public String warn(String text) {
        return fg(Color.YELLOW, text);
    }

    /** The field colour for the {@code index}-th field of a packet. */
    public static Color field(int index) {
        return FIELDS[Math.floorMod(index, FIELDS.length)];
    }

    /** Removes ANSI escape sequences, e.g. to measure a coloured string's width. */
    public static String strip(String text) {
        return text.replaceAll("\u001b\\[[0-9;]*m", "");
    }
}
