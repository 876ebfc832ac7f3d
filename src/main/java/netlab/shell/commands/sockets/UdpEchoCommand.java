package netlab.shell.commands.sockets;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import netlab.core.traffic.TrafficLog;
import netlab.net.NetFailure;
import netlab.net.udp.UdpEcho;
import netlab.shell.Lab;
import netlab.shell.commands.DemoCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "echo", mixinStandardHelpOptions = true,
        description = {"The seeds' UDP echo service: a server and a client on 127.0.0.1, each datagram sent back.",
            "The client sends each MESSAGE, then \"exit\", which the server echoes and then stops.",
            "Each datagram arrives whole (boundaries kept) and nothing is set up first: no connection."},
        footer = {"", "Examples:", "  udp echo                 (sends 我爱你 and 你爱我, as in the notes)",
            "  udp echo 我爱你           (3 UTF-8 bytes per character: e6 88 91 e7 88 b1 e4 bd a0)",
            "  udp echo Michael Tracy Sarah"})
final class UdpEchoCommand extends DemoCommand {
    @Parameters(arity = "0..*", paramLabel = "MESSAGE", description = "Messages to send, one datagram each.")
    List<String> messages = new ArrayList<>();

    UdpEchoCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() throws IOException {
        List<String> toSend = messages == null || messages.isEmpty() ? List.of("我爱你", "你爱我") : messages;
        TrafficLog log = new TrafficLog();
        UdpEcho.Result result;
        try {
            result = new UdpEcho(lab.scope(), log).run(toSend);
        } catch (IOException e) {
            showTraffic(log, false);
            throw e;
        }
        println("UDP echo: server " + NetFailure.name(result.server()) + ", client " + NetFailure.name(result.client())
                + " (no handshake: the first datagram is the first packet)");
        showTraffic(log, false);
        println("");
        long same = result.echoes().stream().filter(UdpEcho.Echo::same).count();
        println(result.echoes().size() + " datagrams each way; " + same + " came back byte for byte, each read by one recvfrom"
                + " (UDP keeps message boundaries).");
        if (result.skipped() > 0) {
            println(result.skipped() + " message(s) after \"exit\" were not sent: the server had stopped.");
        }
        return 0;
    }
}
