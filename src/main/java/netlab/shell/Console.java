package netlab.shell;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.function.IntSupplier;

/**
 * The shell's view of the terminal for one session: where output and errors go, whether colour
 * and JSON are on, how wide the screen is, and where answers to questions come from. Commands
 * write here, never to {@code System.out}.
 */
public final class Console {
    private final PrintWriter out;
    private final PrintWriter err;
    private final Style style;
    private final boolean json;
    private final boolean interactive;
    private final IntSupplier width;
    private LineInput input;
    private volatile java.util.function.Consumer<String> above;

    public Console(PrintWriter out, PrintWriter err, Style style, boolean json, boolean interactive,
                   IntSupplier width, LineInput input) {
        this.out = out;
        this.err = err;
        this.style = style;
        this.json = json;
        this.interactive = interactive;
        this.width = width;
        this.input = input;
    }

    public PrintWriter out() {
        return out;
    }

    public Style style() {
        return style;
    }

    /** True when {@code --json} was given to the lab as a whole. */
    public boolean json() {
        return json;
    }

    /** True at a terminal (the REPL); false in one-shot, script and piped modes. */
    public boolean interactive() {
        return interactive;
    }

    /** Usable columns: the terminal's width, or 80 when there is no terminal. */
    public int width() {
        int w = width.getAsInt();
        return w < 20 ? 80 : w;
    }

    public void println(String line) {
        out.println(line);
    }

    public void println() {
        out.println();
    }

    /** Prints one line of JSON for {@code value} (maps, lists, strings, numbers, booleans, null). */
    public void printJson(Object value) {
        out.println(toJson(value));
    }

    public static String toJson(Object value) {
        try {
            return JsonWriter.INSTANCE.asString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints one error line (to stderr, after everything printed so far). */
    public void error(String message) {
        out.flush();
        if (json) {
            out.println(toJson(java.util.Map.of("error", message)));
            out.flush();
        } else {
            err.println(style.error("error: ") + message);
            err.flush();
        }
    }

    /** Prints a warning line that does not fail the command. */
    public void warn(String message) {
        out.flush();
        err.println(style.warn("warning: ") + message);
        err.flush();
    }

    /**
     * Asks a question and returns the answer, or {@code null} when the input has ended. Outside a
     * terminal the answer is the next input line, echoed as {@code > ANSWER} so a script's output
     * reads like the session it replays.
     */
    public String ask(String prompt) {
        out.flush();
        String answer = input.readLine(interactive ? prompt : "");
        if (!interactive && answer != null && !json) {
            out.println("> " + answer);
        }
        return answer;
    }

    /** Asks a yes/no question; anything but y/yes is no. At the end of input the answer is no. */
    public boolean confirm(String question) {
        String answer = ask(question + " [y/N] ");
        if (answer == null) {
            return false;
        }
        String a = answer.strip().toLowerCase(java.util.Locale.ROOT);
        return a.equals("y") || a.equals("yes");
    }

    /**
     * Prints lines that another thread produced while the user may be typing (a chat message): at
     * the shell's prompt they go above the line being edited, elsewhere they are printed as usual.
     */
    public void printAbove(String text) {
        java.util.function.Consumer<String> printer = above;
        if (printer != null) {
            printer.accept(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
        } else {
            out.print(text.endsWith("\n") ? text : text + "\n");
            out.flush();
        }
    }

    void setAbove(java.util.function.Consumer<String> above) {
        this.above = above;
    }

    void setInput(LineInput input) {
        this.input = input;
    }

    public void flush() {
        out.flush();
        err.flush();
    }

    /** The JSON writer, built on first use: a command that prints no JSON does not pay for it at start-up. */
    private static final class JsonWriter {
        static final JSON INSTANCE = JSON.builder().enable(JSON.Feature.WRITE_NULL_PROPERTIES).build();
    }
}
