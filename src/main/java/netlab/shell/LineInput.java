package netlab.shell;

/**
 * Where the shell's next line comes from: the JLine reader at a terminal, or the next line of a
 * script or of piped stdin. Commands that ask a question (a quiz, a confirmation) read their
 * answer from the same place, so questions can be answered by a script.
 */
@FunctionalInterface
public interface LineInput {
    /** The next line without its line end, or {@code null} at the end of the input. */
    String readLine(String prompt);

    /** An input that is always at its end. */
    LineInput NONE = prompt -> null;
}
