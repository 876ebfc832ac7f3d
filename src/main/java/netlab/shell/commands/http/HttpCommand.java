package netlab.shell.commands.http;

import netlab.shell.GroupCommand;
import netlab.shell.Lab;
import picocli.CommandLine.Command;

/** The {@code http} group: HTTP/1.1 written by hand over a TCP socket (RFC 9112). */
@Command(name = "http", mixinStandardHelpOptions = true,
        description = {"HTTP/1.1 over a raw TCP socket: the request bytes, the status line, headers and body.",
            "Against the lab's own loopback server unless you give a URL."},
        subcommands = {
            HttpGetCommand.class,
            HttpServeCommand.class,
        },
        footer = {"", "Examples:", "  http get", "  http get /chunked", "  http get --requests 2", "  http get --close",
            "  http serve --port 8080"})
public final class HttpCommand extends GroupCommand {
    HttpCommand(Lab lab) {
        super(lab);
    }
}
