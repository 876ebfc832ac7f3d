package netlab.shell.commands.lessons;

import java.util.List;
import netlab.shell.CommandFailedException;
import netlab.shell.Lab;
import netlab.shell.LabCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run this page's \"try it\" commands (or only the Nth), as if you typed them.",
            "Typing a try-it command yourself does exactly the same."},
        footer = {"", "Examples:", "  run", "  run 2"})
public final class RunCommand extends LabCommand {
    @Parameters(paramLabel = "N", arity = "0..1", description = "Which try-it command of the page (1 = the first).")
    Integer which;

    RunCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() {
        LessonSession session = LessonSession.of(lab);
        List<String> commands = session.currentPage().tryIt();
        if (commands.isEmpty()) {
            throw new CommandFailedException("page " + session.page() + " has no try-it command; \"next\" goes on");
        }
        if (which != null && (which < 1 || which > commands.size())) {
            throw new netlab.core.InvalidInputException("this page has try-it commands 1–" + commands.size() + ", not " + which);
        }
        List<String> chosen = which == null ? commands : List.of(commands.get(which - 1));
        int status = 0;
        for (String command : chosen) {
            println(style().fg(netlab.shell.Style.Color.GREEN, "▸ ") + style().command(command));
            int s = lab.run(command);
            status = Math.max(status, s == 0 ? 0 : 1);
        }
        return status;
    }
}
