package netlab.shell.commands.sockets;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import netlab.core.traffic.TrafficLog;
import netlab.net.NetFailure;
import netlab.net.udp.UdpSender;
import netlab.shell.CommandFailedException;
import netlab.shell.Lab;
import netlab.shell.UsageException;
import netlab.shell.commands.DemoCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "send", mixinStandardHelpOptions = true,
        description = {"Send one UDP datagram to HOST:PORT (the words of MESSAGE joined by spaces, in UTF-8).",
            "UDP has no acknowledgement: the lab only hears back when nothing listens (ICMP port unreachable).",
            "A datagram holds at most 65,507 bytes over IPv4 (65,535 − 20 IPv4 − 8 UDP header)."},
        footer = {"", "Examples:", "  udp send 127.0.0.1:9999 hello", "  udp send 127.0.0.1:9999 我爱你",
            "  udp send 127.0.0.1:9999 --size 70000     (too big: refused, with the reason)"})
final class UdpSendCommand extends DemoCommand {
    @Parameters(index = "0", paramLabel = "HOST:PORT", description = "Where to send: 127.0.0.1:PORT, [::1]:PORT or localhost:PORT.")
    String target;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "MESSAGE", description = "The text to send.")
    List<String> words = new ArrayList<>();

    @Option(names = "--size", paramLabel = "N", description = "Send N bytes of a repeating pattern instead of a message.")
    Integer size;

    UdpSendCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() throws IOException {
        InetSocketAddress to = Ports.target(target);
        byte[] payload = payload();
        UdpSender.checkSize(to, payload.length);
        TrafficLog log = new TrafficLog();
        UdpSender.Outcome outcome = new UdpSender(lab.scope(), log).send(to, payload, 300);
        showTraffic(log, false);
        if (outcome == UdpSender.Outcome.PORT_UNREACHABLE) {
            throw new CommandFailedException("port unreachable: nothing listens on " + NetFailure.name(to)
                    + " (UDP; the kernel answered ICMP port unreachable; start \"udp listen " + to.getPort() + "\" first)");
        }
        println("sent " + payload.length + " bytes to " + NetFailure.name(to)
                + "; UDP sends no acknowledgement, so the sender cannot know whether it was read.");
        return 0;
    }

    private byte[] payload() {
        if (size != null) {
            if (!words.isEmpty()) {
                throw new UsageException("give a MESSAGE or --size N, not both");
            }
            if (size < 0 || size > 1 << 20) {
                throw new UsageException("--size takes 0 to 1048576 bytes, got " + size);
            }
            byte[] bytes = new byte[size];
            for (int i = 0; i < size; i++) {
                bytes[i] = (byte) ('a' + i % 26);
            }
            return bytes;
        }
        if (words.isEmpty()) {
            throw new UsageException("udp send needs a MESSAGE after " + target + " (e.g. udp send " + target + " hello) or --size N");
        }
        return String.join(" ", words).getBytes(StandardCharsets.UTF_8);
    }
}
