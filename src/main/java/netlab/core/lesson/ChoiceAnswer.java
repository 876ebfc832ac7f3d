package netlab.core.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Answer kind {@code choice}: the letter of a choice ({@code b}, {@code B}, {@code b)}) or its
 * text. The expected value holds the right letter on its first line and the choices
 * ({@code a) …}) on the following lines, as {@link #expected(String, List)} writes it.
 */
public record ChoiceAnswer() implements AnswerKind {
    public static final String NAME = "choice";

    @Override
    public String name() {
        return NAME;
    }

    /** The expected value for {@code answer} (a letter) among {@code choices} ({@code "a) text"} each). */
    public static String expected(String answer, List<String> choices) {
        return answer.strip() + "\n" + String.join("\n", choices);
    }

    @Override
    public Verdict check(String expected, String given) {
        List<String> lines = expected.lines().toList();
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("no answer letter");
        }
        String want = letter(lines.get(0));
        List<String> choices = new ArrayList<>(lines.subList(1, lines.size()));
        List<String> letters = choices.stream().map(c -> c.substring(0, 1).toLowerCase(Locale.ROOT)).toList();
        if (want == null || (!letters.isEmpty() && !letters.contains(want))) {
            throw new IllegalArgumentException("the answer \"" + lines.get(0) + "\" is not one of the choices' letters " + letters);
        }
        String got = letter(given);
        if (got == null) {
            for (String c : choices) {
                if (TextAnswer.normal(c.substring(2)).equals(TextAnswer.normal(given)) && !TextAnswer.normal(given).isEmpty()) {
                    got = c.substring(0, 1).toLowerCase(Locale.ROOT);
                }
            }
        }
        if (got == null || (!letters.isEmpty() && !letters.contains(got))) {
            return Verdict.wrong("answer with the letter of a choice (" + String.join(", ", letters) + ") or its text, not \""
                    + given.strip() + "\"");
        }
        if (got.equals(want)) {
            return Verdict.right("right: " + text(choices, want));
        }
        return Verdict.wrong("not " + text(choices, got) + " — read the other choices again");
    }

    private static String text(List<String> choices, String letter) {
        return choices.stream().filter(c -> c.toLowerCase(Locale.ROOT).startsWith(letter + ")")).findFirst().orElse(letter);
    }

    private static String letter(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.matches("\\(?[a-z][).]?")) {
            return t.replaceAll("[().]", "");
        }
        return null;
    }
}
