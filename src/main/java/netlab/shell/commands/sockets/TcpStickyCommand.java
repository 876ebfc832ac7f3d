package netlab.shell.commands.sockets;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import netlab.core.InvalidInputException;
import netlab.core.framing.Framing;
import netlab.core.traffic.TrafficLog;
import netlab.net.NetFailure;
import netlab.net.tcp.StickyDemo;
import netlab.shell.Lab;
import netlab.shell.commands.DemoCommand;
import netlab.shell.render.HexRenderer;
import netlab.shell.render.LadderDiagram;
import netlab.shell.render.TrafficView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "sticky", mixinStandardHelpOptions = true,
        description = {"Sticky packets: a sender writes several small messages back to back, one write() each;"
                + " the receiver shows what each read() returned.",
            "With no framing the messages arrive merged (and, with a small --buffer, split): one write is not one read.",
            "--framing line ends each message with a newline; --framing length puts its length in front (4 bytes,"
                + " big-endian): the receiver gets every message back whole."},
        footer = {"", "Examples:", "  tcp sticky", "  tcp sticky --buffer 7", "  tcp sticky --framing line --buffer 7",
            "  tcp sticky --framing length --messages 3"})
final class TcpStickyCommand extends DemoCommand {
    /** The most messages one run sends (they all fit in the socket buffers before the receiver reads). */
    static final int MAX_MESSAGES = 50;

    @Option(names = "--framing", paramLabel = "F", description = "none, line or length (default ${DEFAULT-VALUE}).")
    String framing = "none";

    @Option(names = "--messages", paramLabel = "N", description = "How many messages to send, 1–" + MAX_MESSAGES
            + " (default ${DEFAULT-VALUE}).")
    int messages = 4;

    @Option(names = "--buffer", paramLabel = "B", description = "Bytes each read() may return, like Python's recv(B)"
            + " (default ${DEFAULT-VALUE}); a small one splits messages across reads.")
    int buffer = 1024;

    TcpStickyCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() throws IOException {
        Framing f = parseFraming(framing);
        if (messages < 1 || messages > MAX_MESSAGES) {
            throw new InvalidInputException("--messages must be 1–" + MAX_MESSAGES + ", got " + messages);
        }
        if (buffer < 1 || buffer > 65536) {
            throw new InvalidInputException("--buffer must be 1–65536 bytes, got " + buffer);
        }
        List<String> texts = new ArrayList<>();
        for (int i = 1; i <= messages; i++) {
            texts.add("message " + i);
        }
        TrafficLog log = new TrafficLog();
        StickyDemo.Result result = new StickyDemo(lab.scope(), log).run(texts, f, buffer);
        println("The sender " + NetFailure.name(result.sender()) + " wrote " + messages + " messages with " + messages
                + " write() calls, " + f.description() + ".");
        println("The receiver " + NetFailure.name(result.receiver()) + " read with a " + buffer + "-byte buffer"
                + " (recv(" + buffer + ")) after they had all arrived.");
        console().out().print(new LadderDiagram(style(), console().width()).render(log));
        keep(log);
        HexRenderer hex = new HexRenderer(style());
        TrafficView view = new TrafficView(style(), console().width());
        int number = 0;
        for (StickyDemo.Read read : result.reads()) {
            number++;
            byte[] bytes = read.bytes();
            var spans = f == Framing.NONE ? read.writes() : read.decoded();
            println("");
            println(style().bold("read " + number + " returned " + bytes.length + " bytes") + ": " + holds(read));
            console().out().print(full || bytes.length <= TrafficView.CUT ? hex.dump(bytes, spans)
                    : view.dump(bytes, false));
            console().out().print(hex.legend(spans));
            if (f != Framing.NONE) {
                println(read.messages().isEmpty() ? "  → no whole message yet: the decoder keeps these bytes"
                        : "  → whole messages: " + read.messages().stream().map(m -> "\"" + m + "\"")
                        .collect(Collectors.joining(", ")));
            }
        }
        println("");
        if (!result.failure().isEmpty()) {
            println("receiver: " + result.failure());
            return 1;
        }
        println(conclusion(f, result));
        return 0;
    }

    /** Which writes a read holds, in the sender's terms. */
    private static String holds(StickyDemo.Read read) {
        List<String> parts = new ArrayList<>();
        for (var span : read.writes()) {
            boolean whole = span.value().endsWith("(whole)");
            parts.add((whole ? "" : "part of ") + span.name());
        }
        return String.join(", ", parts) + (read.writes().size() > 1 ? " (merged)"
                : read.writes().size() == 1 && !read.writes().get(0).value().endsWith("(whole)") ? " (split)" : "");
    }

    private String conclusion(Framing f, StickyDemo.Result result) {
        int reads = result.reads().size();
        int writes = result.writes().size();
        return switch (f) {
            case NONE -> writes + " writes, " + reads + " read" + (reads == 1 ? "" : "s")
                    + ": the receiver got bytes, not messages, and cannot tell where one ends (sticky packets)."
                    + " TCP is a byte stream: one send() is not one recv(). Frame the messages: --framing line or length.";
            case LINE -> writes + " writes, " + reads + " read" + (reads == 1 ? "" : "s") + ", " + writes
                    + " whole messages: the decoder cuts at each newline and keeps a half line for the next read."
                    + " (A message must not contain a newline itself.)";
            case LENGTH -> writes + " writes, " + reads + " read" + (reads == 1 ? "" : "s") + ", " + writes
                    + " whole messages: the decoder reads 4 bytes of length, then exactly that many bytes."
                    + " (Python: struct.pack('>I', len(data)) + data.)";
        };
    }

    static Framing parseFraming(String word) {
        return Arrays.stream(Framing.values()).filter(f -> f.word().equalsIgnoreCase(word)).findFirst()
                .orElseThrow(() -> new InvalidInputException("not a framing: " + InvalidInputException.quote(word)
                        + " (use none, line or length)"));
    }
}
