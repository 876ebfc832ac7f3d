package netlab.core.lesson;

import java.util.List;
import java.util.Optional;
import netlab.core.addr.practice.AddressQuestions;

/** Every topic {@code quiz TOPIC} knows; each issue that owns a subject registers its topics here. */
public final class QuizTopics {
    private static final List<QuizTopic> ALL = java.util.stream.Stream.of(
            AddressQuestions.TOPICS,
            netlab.core.ports.PortQuestions.TOPICS)
            .flatMap(List::stream).toList();

    private QuizTopics() {
    }

    public static List<QuizTopic> all() {
        return ALL;
    }

    /** The topics' names, comma-separated, for messages. */
    public static String names() {
        return String.join(", ", ALL.stream().map(QuizTopic::name).toList());
    }

    public static Optional<QuizTopic> find(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
