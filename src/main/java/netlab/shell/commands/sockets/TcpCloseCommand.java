package netlab.shell.commands.sockets;

import java.io.IOException;
import netlab.net.tcp.ConnectionLifecycle;
import netlab.net.tcp.ConnectionLifecycle.Phase;
import netlab.net.tcp.ConnectionLifecycle.Step;
import netlab.shell.Lab;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "close", mixinStandardHelpOptions = true,
        description = {"Close a TCP connection step by step: one side closes, the other reads end of stream and closes.",
            "After each call the kernel's state of both sockets (from /proc/net/tcp) is shown:",
            "FIN_WAIT2 and CLOSE_WAIT, then TIME_WAIT on the side that closed first.",
            "Where tcpdump may capture on lo (root), the real FIN and ACK segments are decoded too."},
        footer = {"", "Examples:", "  tcp close", "  tcp close --first server     (now the server holds TIME_WAIT)"})
final class TcpCloseCommand extends LifecycleCommand {
    @Option(names = "--first", paramLabel = "SIDE", description = "Which side closes first: client (default) or server.")
    ConnectionLifecycle.Side first = ConnectionLifecycle.Side.CLIENT;

    TcpCloseCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() throws IOException {
        SegmentCapture capture = new SegmentCapture(lab.scope());
        ConnectionLifecycle.Result result = runLifecycle(first, capture);
        println("TCP connection " + pair(result.client(), result.server()) + " (opened and one write done; "
                + "\"tcp handshake\" shows those steps)");
        kernelNote();
        StepsView view = new StepsView(style());
        int n = 0;
        for (Step step : result.steps()) {
            if (step.phase() == Phase.TEARDOWN) {
                println(view.step(++n, step, result.kernelStates()));
            }
        }
        String closer = first == ConnectionLifecycle.Side.CLIENT ? "client" : "server";
        println("TIME_WAIT is held by the side that closed first (here the " + closer + "), for 2×MSL (60 s on Linux):"
                + " it can resend the last ACK if that was lost, and old segments of this connection die out"
                + " before the same ports are used again.");
        println("Four segments in principle (FIN, ACK, FIN, ACK); often three on the wire, when the second side"
                + " closes at once and its FIN rides on the ACK (FIN-ACK, FIN-ACK, ACK).");
        new SegmentsView(lab, style(), full).print(capture, result, Phase.TEARDOWN);
        return 0;
    }
}
