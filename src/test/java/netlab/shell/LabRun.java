package netlab.shell;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs the lab in-process as {@code ./lab} would run it with stdin and stdout not terminals, and
 * keeps what it printed: stdout and stderr apart, and both together in the order printed.
 */
public record LabRun(int status, String out, String err, String both) {

    public static LabRun of(String stdin, String... args) {
        return of(stdin.getBytes(StandardCharsets.UTF_8), Map.of(), args);
    }

    public static LabRun of(byte[] stdin, Map<String, String> extraEnv, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        StringWriter both = new StringWriter();
        PrintWriter outWriter = new PrintWriter(new Tee(out, both), true);
        PrintWriter errWriter = new PrintWriter(new Tee(err, both), true);
        Map<String, String> env = new HashMap<>(extraEnv);
        env.putIfAbsent("NETLAB_HOME", stateDir().toString());
        int status = new Main().run(args, new ByteArrayInputStream(stdin), outWriter, errWriter, env, false, false);
        outWriter.flush();
        errWriter.flush();
        return new LabRun(status, out.toString(), err.toString(), both.toString());
    }

    /** A fresh, empty state folder under target/ for one run. */
    public static Path stateDir() {
        try {
            Path base = Path.of("target", "test-state");
            Files.createDirectories(base);
            return Files.createTempDirectory(base, "home");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Writes to two writers at once. */
    private static final class Tee extends java.io.Writer {
        private final java.io.Writer a;
        private final java.io.Writer b;

        Tee(java.io.Writer a, java.io.Writer b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws java.io.IOException {
            synchronized (b) {
                a.write(cbuf, off, len);
                b.write(cbuf, off, len);
            }
        }

        @Override
        public void flush() throws java.io.IOException {
            a.flush();
            b.flush();
        }

        @Override
        public void close() {
        }
    }
}
