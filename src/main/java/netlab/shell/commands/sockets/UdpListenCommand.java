package netlab.shell.commands.sockets;

import java.io.IOException;
import java.net.InetSocketAddress;
import netlab.core.bytes.HexDump;
import netlab.core.traffic.Action;
import netlab.core.traffic.TrafficLog;
import netlab.net.NetFailure;
import netlab.net.udp.UdpListener;
import netlab.shell.Lab;
import netlab.shell.commands.DemoCommand;
import netlab.shell.render.LadderDiagram;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "listen", mixinStandardHelpOptions = true,
        description = {"Bind a UDP socket on 127.0.0.1:PORT and show every datagram that arrives, in hex.",
            "Run \"udp send 127.0.0.1:PORT MESSAGE\" in another terminal. A datagram \"exit\" or Ctrl-C stops it."},
        footer = {"", "Examples:", "  udp listen 9999", "  udp listen 9999 --count 3", "  udp listen 0 --quiet 5"})
final class UdpListenCommand extends DemoCommand {
    @Parameters(paramLabel = "PORT", description = "The UDP port to listen on (0: any free port).")
    int port;

    @Option(names = "--count", paramLabel = "N", description = "Stop after N datagrams (default: no limit).")
    int count;

    @Option(names = "--quiet", paramLabel = "S", description = "Stop after S seconds without a datagram (default: no limit).")
    int quietSeconds;

    @Option(names = "--bind", paramLabel = "ADDR", description = "The address to bind (default 127.0.0.1).")
    String bind = "127.0.0.1";

    UdpListenCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() throws IOException {
        InetSocketAddress address = Ports.bindAddress(console(), bind, port);
        if (count < 0 || quietSeconds < 0 || quietSeconds > 86_400) {
            throw new netlab.shell.UsageException("--count and --quiet take a number >= 0 (--quiet at most 86400)");
        }
        TrafficLog log = new TrafficLog();
        UdpListener listener = new UdpListener(lab.scope(), log);
        InetSocketAddress local = listener.bind(address);
        log.listen(e -> {
            if (e.action() == Action.RECEIVE) {
                println(style().bold("#" + e.sequence() + " from " + NetFailure.name(e.from()) + ", " + e.size()
                        + " bytes ") + LadderDiagram.preview(e.payload()));
                console().out().print(full || e.size() <= 256 ? HexDump.of(e.payload())
                        : new netlab.shell.render.TrafficView(style(), console().width()).dump(e.payload(), false));
                console().flush();
            }
        });
        println("listening on " + NetFailure.name(local) + " (UDP): try \"udp send " + NetFailure.name(local)
                + " hello\" in another terminal; \"exit\" or Ctrl-C stops");
        console().flush();
        UdpListener.End end = listener.receive(count, quietSeconds * 1000);
        keep(log);
        long n = log.exchanges().stream().filter(e -> e.action() == Action.RECEIVE).count();
        println(switch (end) {
            case EXIT -> "got \"exit\": stopped after " + n + " datagram(s)";
            case COUNT -> "stopped after " + n + " datagram(s)";
            case QUIET -> "nothing for " + quietSeconds + " s: stopped after " + n + " datagram(s)";
            case STOPPED -> "received " + n + " datagram(s)";
        });
        return 0;
    }
}
