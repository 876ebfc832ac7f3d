package netlab.shell.commands.tftp;

import netlab.shell.GroupCommand;
import netlab.shell.Lab;
import picocli.CommandLine.Command;

@Command(name = "tftp", mixinStandardHelpOptions = true,
        description = {"TFTP: files over UDP, 512-byte blocks, each acknowledged (RFC 1350; options RFC 2347-2349, 7440).",
            "Subcommands: get and put (client), serve (a real server), inspect (decode one packet)."},
        subcommands = {TftpGetCommand.class, TftpPutCommand.class, TftpServeCommand.class, TftpInspectCommand.class},
        footer = {"", "Examples:", "  tftp get hello.txt", "  tftp get 1024.bin --blksize 512 --tsize",
            "  tftp get hello.txt --loss 0.3 --seed 4", "  tftp serve --root ~/share --port 6969",
            "  tftp inspect 00 01 68 69 00 6f 63 74 65 74 00"})
public final class TftpCommand extends GroupCommand {
    TftpCommand(Lab lab) {
        super(lab);
    }
}
