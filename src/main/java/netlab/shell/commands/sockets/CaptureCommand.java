package netlab.shell.commands.sockets;

import netlab.shell.GroupCommand;
import netlab.shell.Lab;
import picocli.CommandLine.Command;

@Command(name = "capture", mixinStandardHelpOptions = true,
        description = {"Keep the traffic of the lab's demos: on, off, show, save FILE.pcap."},
        subcommands = {CaptureSubcommands.On.class, CaptureSubcommands.Off.class, CaptureSubcommands.Show.class,
            CaptureSave.class},
        footer = {"", "Examples:", "  capture on", "  udp echo hi", "  capture show", "  capture save echo.pcap",
            "  capture off"})
public final class CaptureCommand extends GroupCommand {
    CaptureCommand(Lab lab) {
        super(lab);
    }
}
