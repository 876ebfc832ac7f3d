package netlab.shell.commands.sockets;

import java.io.IOException;
import netlab.net.tcp.ConnectionLifecycle;
import netlab.net.tcp.ConnectionLifecycle.Phase;
import netlab.net.tcp.ConnectionLifecycle.Step;
import netlab.shell.Lab;
import picocli.CommandLine.Command;

@Command(name = "handshake", mixinStandardHelpOptions = true,
        description = {"Open a TCP connection on 127.0.0.1 step by step: listen, connect, accept, one write.",
            "After each call the kernel's state of every socket (from /proc/net/tcp) is shown.",
            "Where tcpdump may capture on lo (root), the real SYN, SYN-ACK, ACK segments are decoded too."},
        footer = {"", "Examples:", "  tcp handshake", "  tcp handshake --no-capture"})
final class TcpHandshakeCommand extends LifecycleCommand {
    TcpHandshakeCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() throws IOException {
        SegmentCapture capture = new SegmentCapture(lab.scope());
        ConnectionLifecycle.Result result = runLifecycle(ConnectionLifecycle.Side.CLIENT, capture);
        println("TCP connection " + pair(result.client(), result.server())
                + ": the kernel's states after each call (from /proc/net/tcp)");
        kernelNote();
        StepsView view = new StepsView(style());
        int n = 0;
        for (Step step : result.steps()) {
            if (step.phase() != Phase.TEARDOWN) {
                println(view.step(++n, step, result.kernelStates()));
            }
        }
        println("The handshake is done by the kernels before accept() returns: connect() sends SYN, the server's"
                + " kernel answers SYN-ACK, the client's kernel ACKs. accept() only picks up the finished connection.");
        println("(The connection was then closed; \"tcp close\" shows the teardown step by step.)");
        new SegmentsView(lab, style(), full).print(capture, result, Phase.SETUP);
        return 0;
    }
}
