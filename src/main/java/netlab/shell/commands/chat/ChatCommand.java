package netlab.shell.commands.chat;

import netlab.shell.GroupCommand;
import netlab.shell.Lab;
import picocli.CommandLine.Command;

/** The {@code chat} group: the seeds' two-terminal chat over TCP. */
@Command(name = "chat", mixinStandardHelpOptions = true,
        description = {"The seeds' chat over TCP: two terminals, both typing at once; \"exit\" ends it on both sides.",
            "\"chat demo\" runs both ends in this terminal for a first look."},
        subcommands = {
            ChatServeCommand.class,
            ChatConnectCommand.class,
            ChatDemoCommand.class,
        },
        footer = {"", "Examples:", "  chat demo", "  chat serve --port 8008          (terminal 1)",
            "  chat connect 127.0.0.1:8008     (terminal 2)"})
public final class ChatCommand extends GroupCommand {
    ChatCommand(Lab lab) {
        super(lab);
    }
}
