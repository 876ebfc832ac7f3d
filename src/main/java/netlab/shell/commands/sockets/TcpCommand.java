package netlab.shell.commands.sockets;

import netlab.shell.GroupCommand;
import netlab.shell.Lab;
import picocli.CommandLine.Command;

/**
 * The {@code tcp} group. Other areas add their subcommands here: one class per line in
 * {@code subcommands} (keep one entry per line so merges stay trivial).
 */
@Command(name = "tcp", mixinStandardHelpOptions = true,
        description = {"TCP on loopback: connections, byte streams, setup and teardown (RFC 9293).",
            "Its subcommands are listed below; later lessons add more."},
        subcommands = {
            TcpEchoCommand.class,
            TcpHandshakeCommand.class,
            TcpCloseCommand.class,
            TcpReuseCommand.class,
            TcpLoadCommand.class,
            TcpStickyCommand.class,
            TcpUploadCommand.class,
            TcpReceiveCommand.class,
        },
        footer = {"", "Examples:", "  tcp echo Michael Tracy", "  tcp handshake", "  tcp close", "  tcp reuse",
            "  tcp sticky --framing length", "  tcp load --clients 50 --compare"})
public final class TcpCommand extends GroupCommand {
    TcpCommand(Lab lab) {
        super(lab);
    }
}
