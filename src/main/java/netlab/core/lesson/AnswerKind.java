package netlab.core.lesson;

/**
 * One kind of answer an exercise or quiz question can expect ({@code integer}, {@code ipv4},
 * {@code mask}, {@code choice}, {@code port}…), and how a learner's answer is checked against it:
 * by meaning, not by spelling ({@code 255.255.255.0} and {@code /24} are the same mask).
 */
public interface AnswerKind {
    /** The name a lesson file uses after {@code kind:}. */
    String name();

    /**
     * Checks {@code given} (what the learner typed) against {@code expected} (from the lesson file
     * or the generator). A wrong answer's verdict says why, in terms of this kind (for an
     * address: the binary working with the differing bits marked).
     *
     * @throws IllegalArgumentException when {@code expected} itself is not valid for this kind (a
     *                                  lesson-file error, caught by the catalogue test)
     */
    Verdict check(String expected, String given);
}
