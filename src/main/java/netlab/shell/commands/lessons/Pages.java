package netlab.shell.commands.lessons;

import java.util.List;
import netlab.core.lesson.Exercise;
import netlab.core.lesson.Lesson;
import netlab.core.lesson.Question;
import netlab.shell.Lab;
import netlab.shell.render.LessonView;

/** Prints lesson pages and questions the way every lesson command shows them. */
final class Pages {
    private Pages() {
    }

    static LessonView view(Lab lab) {
        return new LessonView(lab.console().style(), Math.min(100, lab.console().width()));
    }

    /** Opens {@code page} of {@code lesson} and prints it. */
    static void show(Lab lab, LessonSession session, Lesson lesson, int page) {
        session.open(lesson, page);
        view(lab).page(lesson, page, session.progress()).forEach(lab.console()::println);
    }

    static void printQuestion(Lab lab, Exercise exercise, Lesson lesson) {
        int index = lesson.exercises().indexOf(exercise) + 1;
        lab.console().println(lab.console().style().bold("Exercise " + index + " of " + lesson.exercises().size())
                + lab.console().style().dim(" (" + exercise.id() + ")"));
        view(lab).question(exercise.toQuestion()).forEach(lab.console()::println);
    }

    /** The right answer as a learner would read it: a choice's line, the first of several texts. */
    static String answerText(Question q) {
        List<String> lines = q.expected().lines().toList();
        if (q.kind().equals("choice")) {
            String letter = lines.get(0).strip();
            return lines.stream().skip(1).filter(l -> l.startsWith(letter + ")")).findFirst().orElse(letter);
        }
        return lines.get(0).split(" \\| ")[0];
    }
}
