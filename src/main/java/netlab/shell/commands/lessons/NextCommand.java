package netlab.shell.commands.lessons;

import java.util.Optional;
import netlab.core.lesson.Lesson;
import netlab.shell.Lab;
import netlab.shell.LabCommand;
import picocli.CommandLine.Command;

@Command(name = "next", mixinStandardHelpOptions = true,
        description = {"Go to the next page of the lesson (after its last page: the next lesson).",
            "In a new session it continues where you left off."})
public final class NextCommand extends LabCommand {
    NextCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() {
        LessonSession session = LessonSession.of(lab);
        Optional<Lesson> current = session.current();
        if (current.isEmpty()) {
            Pages.show(lab, session, session.lesson(1), 1);
            return 0;
        }
        Lesson lesson = current.get();
        if (session.page() < lesson.pages().size()) {
            Pages.show(lab, session, lesson, session.page() + 1);
            return 0;
        }
        Optional<Lesson> following = session.catalog().find(lesson.number() + 1);
        if (following.isEmpty()) {
            println("That was the last page of the last lesson. " + (session.pagesWithOpenExercises().isEmpty()
                    ? "Well done!" : "Exercises still open in this lesson: page " + session.pagesWithOpenExercises().get(0) + "."));
            return 0;
        }
        if (!session.pagesWithOpenExercises().isEmpty()) {
            println(style().dim("(lesson " + lesson.number() + " still has open exercises on page "
                    + session.pagesWithOpenExercises().get(0) + "; \"progress\" shows them)"));
        }
        Pages.show(lab, session, following.get(), 1);
        return 0;
    }
}
