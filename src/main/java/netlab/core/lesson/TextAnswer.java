package netlab.core.lesson;

import java.util.Arrays;
import java.util.Locale;

/**
 * Answer kind {@code text}: free text, matched after lower-casing and collapsing spaces and
 * punctuation ({@code "Class B."} = {@code b}); the expected text may list alternatives separated
 * by {@code " | "}.
 */
public record TextAnswer() implements AnswerKind {
    public static final String NAME = "text";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Verdict check(String expected, String given) {
        String[] alternatives = expected.split(" \\| ");
        if (Arrays.stream(alternatives).anyMatch(a -> normal(a).isEmpty())) {
            throw new IllegalArgumentException("an empty text answer");
        }
        String got = normal(given);
        if (got.isEmpty()) {
            return Verdict.wrong("the answer is empty; type a word or two");
        }
        for (String a : alternatives) {
            if (normal(a).equals(got)) {
                return Verdict.right("right: " + alternatives[0].strip());
            }
        }
        for (String a : alternatives) {
            String n = normal(a);
            if (n.length() >= 4 && netlab.core.lesson.TextAnswer.distance(n, got) <= Math.max(1, n.length() / 5)) {
                return Verdict.wrong("close, but not quite: check the spelling of \"" + given.strip() + "\"");
            }
        }
        return Verdict.wrong("\"" + given.strip() + "\" is not the answer (case, spaces and punctuation do not matter)");
    }

    /** Lower case, punctuation and runs of spaces collapsed to one space, trimmed. */
    public static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s]+", " ").strip();
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
