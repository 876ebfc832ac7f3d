package netlab.core.lesson;

import java.util.List;

/**
 * Whether an answer was right and why.
 *
 * @param correct     the answer means the same as the expected one
 * @param explanation lines to show: for a wrong answer what differs (e.g. the bits), for a right
 *                    one optionally a confirmation; plain text, no colour
 */
public record Verdict(boolean correct, List<String> explanation) {
    public Verdict {
        explanation = List.copyOf(explanation);
    }

    public static Verdict right(String... lines) {
        return new Verdict(true, List.of(lines));
    }

    public static Verdict wrong(String... lines) {
        return new Verdict(false, List.of(lines));
    }
}
