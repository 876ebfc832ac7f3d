package netlab.core.lesson;

import java.util.List;
import java.util.Random;

/**
 * A checked exercise from a fenced {@code exercise} block (keys in {@code lessons/README.md}).
 * A fixed exercise carries its answer; a generated one names a quiz {@code topic} and a
 * {@code seed}, so it asks the same question on every machine.
 *
 * @param line the line of the lesson file where the block starts, for error messages
 */
public record Exercise(String id, String kind, String question, String answer, List<String> choices,
                       String hint, String explain, String topic, long seed, int line) implements Part {
    public Exercise {
        choices = List.copyOf(choices);
    }

    public boolean generated() {
        return topic != null;
    }

    /**
     * The question to ask and check: the file's own, or for a generated exercise the topic's
     * question for the seed (the file's hint, when given, replaces the topic's).
     *
     * @throws LessonFormatException when the topic is unknown
     */
    public Question toQuestion() {
        if (generated()) {
            QuizTopic quizTopic = QuizTopics.find(topic).orElseThrow(() -> new LessonFormatException(
                    "exercise " + id + " names an unknown quiz topic \"" + topic + "\" (known: " + QuizTopics.names() + ")"));
            Question q = quizTopic.generate(new Random(seed));
            return new Question(q.prompt(), q.kind(), q.expected(), hint.isBlank() ? q.hint() : hint,
                    explain.isBlank() ? q.explanation() : explain);
        }
        String prompt = choices.isEmpty() ? question : question + "\n" + String.join("\n", choices);
        String expected = kind.equals(ChoiceAnswer.NAME) ? ChoiceAnswer.expected(answer, choices) : answer;
        return new Question(prompt, kind, expected, hint, explain);
    }
}
