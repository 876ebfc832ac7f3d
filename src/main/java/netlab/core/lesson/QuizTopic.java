package netlab.core.lesson;

import java.util.Random;

/**
 * A generator of practice questions for {@code quiz TOPIC}: {@code ports}, {@code class},
 * {@code network}, {@code mask}… Each issue that owns a subject registers its topics in
 * {@link QuizTopics}. Questions come only from the given {@link Random}, so the same seed gives
 * the same questions on every machine ({@code java.util.Random}'s sequence is fixed by its spec).
 */
public interface QuizTopic {
    /** The name typed after {@code quiz}. */
    String name();

    /** One line saying what the topic practises. */
    String description();

    Question generate(Random random);
}
