package netlab.shell.commands.names;

/** Short human durations for lookups: {@code 0.21 ms}, {@code 35 ms}, {@code 1.2 s}. */
final class Durations {
    private Durations() {
    }

    static String text(long nanos) {
        double ms = nanos / 1_000_000.0;
        if (ms < 10) {
            return String.format(java.util.Locale.ROOT, "%.2f ms", ms);
        }
        if (ms < 1000) {
            return String.format(java.util.Locale.ROOT, "%.0f ms", ms);
        }
        return String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000);
    }
}
