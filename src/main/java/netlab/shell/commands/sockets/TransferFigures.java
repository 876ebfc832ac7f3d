package netlab.shell.commands.sockets;

import java.util.Locale;

/** How the upload commands print sizes, durations and rates (MB = 10^6 bytes, MiB = 2^20). */
final class TransferFigures {
    private TransferFigures() {
    }

    static String size(long bytes) {
        if (bytes >= 1 << 20) {
            return String.format(Locale.ROOT, "%,d bytes (%.1f MiB)", bytes, bytes / 1048576.0);
        }
        return String.format(Locale.ROOT, "%,d bytes", bytes);
    }

    static String seconds(long nanos) {
        double s = nanos / 1e9;
        return s < 1 ? String.format(Locale.ROOT, "%.1f ms", s * 1000) : String.format(Locale.ROOT, "%.3f s", s);
    }

    static double megabytesPerSecond(long bytes, long nanos) {
        return nanos <= 0 ? 0 : bytes / 1e6 / (nanos / 1e9);
    }

    static String rate(long bytes, long nanos) {
        return String.format(Locale.ROOT, "%.1f MB/s", megabytesPerSecond(bytes, nanos));
    }

    /** A one-line progress bar, {@code [#####.....]  42%  44.0 of 104.9 MB}. */
    static String bar(long done, long total) {
        int width = 30;
        int filled = total == 0 ? width : (int) (done * width / total);
        return String.format(Locale.ROOT, "[%s%s] %3d%%  %.1f of %.1f MB", "#".repeat(filled), ".".repeat(width - filled),
                total == 0 ? 100 : done * 100 / total, done / 1e6, total / 1e6);
    }

    /** True when stdout is a terminal (a progress bar would only garble a pipe or a file). */
    static boolean stdoutIsTerminal() {
        String property = System.getProperty("netlab.stdout.tty");
        if (property != null) {
            return property.equals("true");
        }
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
