package netlab.shell.commands;

import netlab.shell.Lab;
import netlab.shell.LabCommand;
import picocli.CommandLine.Command;

@Command(name = "exit", aliases = "quit", mixinStandardHelpOptions = true,
        description = "Leave the lab (Ctrl-D does the same). Progress is already saved.")
public final class ExitCommand extends LabCommand {
    ExitCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() {
        lab.requestExit();
        return 0;
    }
}
