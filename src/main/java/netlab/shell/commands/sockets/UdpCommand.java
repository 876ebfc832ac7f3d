package netlab.shell.commands.sockets;

import netlab.shell.GroupCommand;
import netlab.shell.Lab;
import picocli.CommandLine.Command;

@Command(name = "udp", mixinStandardHelpOptions = true,
        description = {"UDP on loopback: datagrams with no connection (RFC 768).",
            "Subcommands: echo (server and client in one go), listen and send (two terminals)."},
        subcommands = {UdpEchoCommand.class, UdpListenCommand.class, UdpSendCommand.class},
        footer = {"", "Examples:", "  udp echo 我爱你", "  udp listen 9999", "  udp send 127.0.0.1:9999 hello"})
public final class UdpCommand extends GroupCommand {
    UdpCommand(Lab lab) {
        super(lab);
    }
}
