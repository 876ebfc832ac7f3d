package netlab.shell.commands.lessons;

import java.util.Iterator;
import java.util.List;
import netlab.core.lesson.Lesson;
import netlab.core.lesson.LessonCatalog;

/** Tab completion for a lesson number: the packaged lessons' numbers. */
final class LessonNumbers implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        try {
            return LessonCatalog.packaged().lessons().stream().map(Lesson::number).map(String::valueOf).iterator();
        } catch (RuntimeException e) {
            return List.<String>of().iterator();
        }
    }
}
