package netlab.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

/**
 * Runs commands line by line from a script file or piped stdin, echoing each as {@code lab> CMD}
 * before its output (no echo in JSON mode). A failing line does not stop the script; the result is
 * 1 if any line failed. Questions a command asks take their answers from the following lines, so
 * lines are read one at a time as they are needed (a pipe is never read ahead).
 *
 * <p>A transcript is a valid script: when the first line that is not blank starts with
 * {@code lab> }, only the {@code lab> } lines (commands) and {@code > } lines (answers to
 * questions) are input, and the rest, the output the transcript expects, is skipped.
 */
public final class ScriptRunner {
    private final Lab lab;
    private final Dispatcher dispatcher;

    public ScriptRunner(Lab lab, Dispatcher dispatcher) {
        this.lab = lab;
        this.dispatcher = dispatcher;
    }

    public int run(String script) {
        return run(new BufferedReader(new StringReader(script)));
    }

    /** Runs every line of {@code reader}; 0 when all succeeded, 1 when any failed. */
    public int run(BufferedReader reader) {
        Source source = new Source(reader);
        Console console = lab.console();
        console.setInput(prompt -> source.next());
        boolean failed = false;
        String line;
        while (!lab.exitRequested() && (line = source.next()) != null) {
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            if (!console.json()) {
                console.println("lab> " + Printable.visible(line));
            }
            if (dispatcher.run(line) != Dispatcher.OK) {
                failed = true;
            }
            console.flush();
        }
        console.setInput(LineInput.NONE);
        return failed ? Dispatcher.FAILED : Dispatcher.OK;
    }

    /** The input lines, with a transcript's expected output skipped. */
    private static final class Source {
        private final BufferedReader reader;
        private Boolean transcript;

        Source(BufferedReader reader) {
            this.reader = reader;
        }

        String next() {
            try {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (transcript == null && !line.isBlank()) {
                        transcript = line.startsWith("lab> ");
                    }
                    if (transcript == null || !transcript) {
                        return line;
                    }
                    if (line.startsWith("lab> ")) {
                        return line.substring(5);
                    }
                    if (line.startsWith("> ")) {
                        return line.substring(2);
                    }
                }
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
