package netlab.shell.commands.sockets;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import netlab.core.traffic.TrafficLog;
import netlab.net.NetFailure;
import netlab.net.tcp.TcpEchoDemo;
import netlab.shell.Lab;
import netlab.shell.commands.DemoCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "echo", mixinStandardHelpOptions = true,
        description = {"The seeds' threaded TCP server with two clients connected at once.",
            "The server sends \"Welcome!\", answers NAME with \"Hello, NAME!\", and closes on \"exit\".",
            "MESSAGEs alternate between client 1 and client 2; then each client says \"exit\".",
            "With --one-thread the server has no thread per client: watch client 2 wait."},
        footer = {"", "Examples:", "  tcp echo", "  tcp echo Michael Tracy Sarah", "  tcp echo --one-thread",
            "  tcp echo --reset      (client 2 aborts: the server sees a reset, ConnectionResetError in Python)"})
final class TcpEchoCommand extends DemoCommand {
    @Parameters(arity = "0..*", paramLabel = "MESSAGE", description = "Names to send (default: Michael Tracy).")
    List<String> messages = new ArrayList<>();

    @Option(names = "--one-thread", description = "Serve clients one after the other on a single thread.")
    boolean oneThread;

    @Option(names = "--reset", description = "Client 2 leaves with a reset (RST) instead of \"exit\".")
    boolean reset;

    TcpEchoCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() throws IOException {
        List<String> names = messages == null || messages.isEmpty() ? List.of("Michael", "Tracy") : messages;
        TrafficLog log = new TrafficLog();
        TcpEchoDemo.Result result;
        try {
            result = new TcpEchoDemo(lab.scope(), log).run(names, new TcpEchoDemo.Options(!oneThread, reset));
        } catch (IOException e) {
            showTraffic(log, false);
            throw e;
        }
        println("TCP echo server on " + NetFailure.name(result.server()) + ", "
                + (oneThread ? "one thread for all clients" : "one thread per client") + "; clients "
                + NetFailure.name(result.clients().get(0)) + " and " + NetFailure.name(result.clients().get(1)));
        showTraffic(log, false);
        println("");
        if (oneThread) {
            println(result.secondWaited()
                    ? "Client 2 was connected (the kernel finished its handshake) but got no Welcome! until client 1 left:"
                            + " one thread can serve one client at a time."
                    : "Client 2 was served at once this time.");
        } else {
            println("Both clients got Welcome! before either said a word: each connection has its own thread.");
        }
        return 0;
    }
}
