package netlab.shell.commands.sockets;

import java.io.IOException;
import netlab.core.kernel.KernelSocket;
import netlab.core.traffic.TrafficLog;
import netlab.net.NetFailure;
import netlab.net.tcp.ReuseDemo;
import netlab.shell.Lab;
import netlab.shell.commands.DemoCommand;
import picocli.CommandLine.Command;

@Command(name = "reuse", mixinStandardHelpOptions = true,
        description = {"Restart a server on a port whose old connection is in TIME_WAIT, without and with SO_REUSEADDR.",
            "Without it bind() fails with the real \"Address already in use\"; with it the server starts.",
            "(Java's ServerSocket turns SO_REUSEADDR on by default on Linux; the lab sets it off, then on.)"},
        footer = {"", "Example:", "  tcp reuse"})
final class TcpReuseCommand extends DemoCommand {
    TcpReuseCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() throws IOException {
        TrafficLog log = new TrafficLog();
        ReuseDemo.Result result = new ReuseDemo(lab.scope(), log).run();
        String port = NetFailure.name(result.server());
        println("1. A server on " + port + " (SO_REUSEADDR on) accepts a client, closes the connection first, then stops.");
        showTraffic(log, false);
        println("");
        if (result.timeWait().isEmpty()) {
            println("2. The kernel's table shows no TIME_WAIT entry (is /proc/net/tcp readable?)");
        }
        for (KernelSocket s : result.timeWait()) {
            println("2. The kernel keeps the server's old end: " + s.state() + "  " + NetFailure.name(s.local()) + " → "
                    + NetFailure.name(s.remote()) + " (no program owns it; it lasts 60 s)");
        }
        println("3. Restart on " + port + " with SO_REUSEADDR off: "
                + (result.withoutReuse().isEmpty() ? style().ok("bind() worked") : style().error("bind() failed: \""
                + result.withoutReuse() + "\"")));
        println("4. Restart on " + port + " with SO_REUSEADDR on:  "
                + (result.withReuse().isEmpty() ? style().ok("bind() worked") : style().error("bind() failed: \""
                + result.withReuse() + "\"")));
        println("");
        println("setsockopt(SOL_SOCKET, SO_REUSEADDR, 1) before bind() lets a restarted server take its port while old"
                + " connections sit in TIME_WAIT (Python: s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1);"
                + " the notes' bare s.setsockopt() is missing its three arguments).");
        println("Linux allows it only when the old socket had SO_REUSEADDR too: set it in every server, before bind().");
        println("It does not let two servers listen on the same port at once: that is still \"Address already in use\".");
        return 0;
    }
}
