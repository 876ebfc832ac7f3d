package netlab.shell.commands.lessons;

import netlab.shell.Lab;
import netlab.shell.LabCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "page", mixinStandardHelpOptions = true,
        description = "Show page N of the open lesson (without N: the current page again).",
        footer = {"", "Examples:", "  page 2", "  page"})
public final class PageCommand extends LabCommand {
    @Parameters(paramLabel = "N", arity = "0..1", description = "The page number.")
    Integer number;

    PageCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() {
        LessonSession session = LessonSession.of(lab);
        var lesson = session.requireLesson();
        Pages.show(lab, session, lesson, number == null ? session.page() : number);
        return 0;
    }
}
