package netlab.shell.commands.lessons;

import java.util.Iterator;
import netlab.core.lesson.QuizTopic;
import netlab.core.lesson.QuizTopics;

/** Tab completion for {@code quiz TOPIC}. */
final class TopicNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return QuizTopics.all().stream().map(QuizTopic::name).iterator();
    }
}
