package netlab.core.lesson;

import java.util.Objects;

/**
 * One question of an exercise or a quiz, with everything needed to check and explain it.
 *
 * @param prompt      the question as shown to the learner (may span lines)
 * @param kind        the {@link AnswerKind#name()} that checks answers
 * @param expected    the right answer, in a form that kind understands
 * @param hint        a nudge that does not give the answer away
 * @param explanation the working, shown after a right answer, a skip, or on request
 */
public record Question(String prompt, String kind, String expected, String hint, String explanation) {
    public Question {
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(expected, "expected");
        hint = hint == null ? "" : hint;
        explanation = explanation == null ? "" : explanation;
    }
}
