package netlab.shell.commands.lessons;

import netlab.core.lesson.Lesson;
import netlab.shell.Lab;
import netlab.shell.LabCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "lesson", mixinStandardHelpOptions = true,
        description = {"Open lesson N at its first page (without N: continue where you left off).",
            "Then next, prev and page N move through it; answer, hint and skip work on its exercises."},
        footer = {"", "Examples:", "  lesson 1", "  lesson"})
public final class LessonCommand extends LabCommand {
    @Parameters(paramLabel = "N", arity = "0..1", completionCandidates = LessonNumbers.class, description = "The lesson's number (\"lessons\" lists them).")
    Integer number;

    LessonCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() {
        LessonSession session = LessonSession.of(lab);
        if (number == null) {
            if (session.current().isPresent()) {
                Pages.show(lab, session, session.current().get(), session.page());
            } else {
                Pages.show(lab, session, session.lesson(1), 1);
            }
            return 0;
        }
        Lesson lesson = session.lesson(number);
        int reached = Math.min(session.progress().furthestPage(lesson.number()), lesson.pages().size());
        Pages.show(lab, session, lesson, 1);
        if (reached > 1) {
            println(style().dim("(you have read up to page " + reached + " of this lesson before: \"page " + reached
                    + "\" takes you there)"));
        }
        return 0;
    }
}
