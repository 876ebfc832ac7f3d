package netlab.shell.commands.lessons;

import netlab.core.lesson.Lesson;
import netlab.shell.CommandFailedException;
import netlab.shell.Lab;
import netlab.shell.LabCommand;
import picocli.CommandLine.Command;

@Command(name = "prev", mixinStandardHelpOptions = true,
        description = "Go back one page (from a lesson's first page: the previous lesson's last page).")
public final class PrevCommand extends LabCommand {
    PrevCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() {
        LessonSession session = LessonSession.of(lab);
        Lesson lesson = session.requireLesson();
        if (session.page() > 1) {
            Pages.show(lab, session, lesson, session.page() - 1);
            return 0;
        }
        Lesson previous = session.catalog().find(lesson.number() - 1)
                .orElseThrow(() -> new CommandFailedException("this is the first page of the first lesson; \"next\" goes on"));
        Pages.show(lab, session, previous, previous.pages().size());
        return 0;
    }
}
