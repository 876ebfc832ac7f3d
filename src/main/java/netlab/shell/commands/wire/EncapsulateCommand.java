package netlab.shell.commands.wire;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import netlab.core.InvalidInputException;
import netlab.core.bytes.FieldSpan;
import netlab.core.bytes.HexDump;
import netlab.core.wire.Decoded;
import netlab.core.wire.Encapsulation;
import netlab.core.wire.Endpoint;
import netlab.core.wire.LinkType;
import netlab.core.wire.PayloadText;
import netlab.core.wire.PcapWriter;
import netlab.shell.CommandFailedException;
import netlab.shell.JsonOption;
import netlab.shell.Lab;
import netlab.shell.LabCommand;
import netlab.shell.UsageException;
import netlab.shell.render.HexRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "encapsulate", mixinStandardHelpOptions = true,
        description = {"Wrap TEXT layer by layer (UDP or TCP, IPv4, Ethernet) and explain every header field.",
            "Nothing is sent: the frame is built in memory, checksums computed for real; --pcap saves it for tshark/Wireshark.",
            "In TEXT, \\r \\n \\t \\\\ and \\xNN stand for those bytes."},
        footer = {"", "Examples:",
            "  encapsulate hello",
            "  encapsulate \"GET / HTTP/1.1\\r\\n\\r\\n\" --tcp",
            "  encapsulate hi --udp --src 10.0.0.1:5000 --dst 10.0.0.2:53",
            "  encapsulate \"GET / HTTP/1.1\" --tcp --pcap get.pcap     (then: tshark -r get.pcap -V)"})
public final class EncapsulateCommand extends LabCommand {
    private static final int MTU = 1500;

    @Parameters(paramLabel = "TEXT", description = "The application data (UTF-8).")
    String text;

    @Option(names = "--udp", description = "Carry it in a UDP datagram (the default).")
    boolean udp;

    @Option(names = "--tcp", description = "Carry it in a TCP segment of an open connection.")
    boolean tcp;

    @Option(names = "--src", paramLabel = "A.B.C.D:PORT", description = "Source endpoint (default 127.0.0.1:50000).")
    String source = "127.0.0.1:50000";

    @Option(names = "--dst", paramLabel = "A.B.C.D:PORT",
            description = "Destination endpoint (default 127.0.0.1:80 for TCP, 127.0.0.1:7 for UDP).")
    String destination;

    @Option(names = "--pcap", paramLabel = "FILE", description = "Also write the frame to FILE as a pcap capture.")
    Path pcap;

    @Mixin
    JsonOption jsonOption = new JsonOption();

    EncapsulateCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() throws IOException {
        if (udp && tcp) {
            throw new UsageException("choose one of --udp and --tcp, not both (e.g. encapsulate hi --tcp)");
        }
        Endpoint src = Endpoint.parse(source);
        Endpoint dst = Endpoint.parse(destination != null ? destination : tcp ? "127.0.0.1:80" : "127.0.0.1:7");
        byte[] payload = PayloadText.parse(text);
        int room = MTU - 20 - (tcp ? 32 : 8);
        if (payload.length > room) {
            throw new InvalidInputException("TEXT has " + payload.length + " bytes; one " + (tcp ? "TCP segment" : "UDP datagram")
                    + " in a 1500-byte Ethernet frame carries at most " + room + " (shorten it)");
        }
        Encapsulation e = tcp ? Encapsulation.tcp(src, dst, payload) : Encapsulation.udp(src, dst, payload);
        if (pcap != null) {
            writePcap(e.frame());
        }
        if (json(jsonOption)) {
            console().printJson(json(e, payload));
            return 0;
        }
        HexRenderer renderer = new HexRenderer(style());
        println(style().heading("Application data (layer 7): " + payload.length + " bytes"));
        console().out().print(HexDump.of(payload));
        String protocol = tcp ? "TCP" : "UDP";
        block(renderer, "Layer 4, transport: " + protocol + " adds a " + e.transport().headerLength() + "-byte header -> "
                + e.segment().length + "-byte " + (tcp ? "segment" : "datagram") + ", port " + src.port() + " to port "
                + dst.port(), e.segment(), e.transport(), "the application data");
        block(renderer, "Layer 3, network: IPv4 adds a " + e.ip().headerLength() + "-byte header -> " + e.packet().length
                + "-byte packet, " + src.address().getHostAddress() + " to " + dst.address().getHostAddress(),
                e.packet(), e.ip(), "the " + protocol + (tcp ? " segment" : " datagram"));
        block(renderer, "Layer 2, data link: Ethernet II adds a 14-byte header -> " + e.frame().length + "-byte frame",
                e.frame(), e.ethernet(), "the IPv4 packet");
        println("");
        println(style().heading("Layer 1, physical: the " + e.frame().length + " bytes leave as bits"));
        println("On a real cable they follow a 7-byte preamble and a start byte and are followed by a 4-byte CRC;");
        println("this frame was only built, never sent.");
        if (pcap != null) {
            println("Wrote 1 frame to " + pcap + " (see it with: tshark -r " + pcap + " -V)");
        }
        return 0;
    }

    private void block(HexRenderer renderer, String title, byte[] bytes, Decoded<?> decoded, String inner) {
        List<FieldSpan> spans = new ArrayList<>(decoded.spans());
        if (bytes.length > decoded.headerLength()) {
            spans.add(new FieldSpan(decoded.headerLength(), bytes.length - decoded.headerLength(), "Data",
                    (bytes.length - decoded.headerLength()) + " bytes: " + inner));
        }
        println("");
        println(style().heading(title));
        console().out().print(renderer.dump(bytes, spans));
        console().out().print(renderer.legend(spans));
        for (String problem : decoded.problems()) {
            println(style().error("problem: ") + problem);
        }
    }

    /** {"application", "layers": [{"layer", "protocol", "headerLength", "bytes", "fields", "problems"}], "frame", "pcap" (with --pcap)}. */
    private Map<String, Object> json(Encapsulation e, byte[] payload) {
        HexFormat hex = HexFormat.of();
        List<Object> layers = new ArrayList<>();
        layers.add(layer(4, tcp ? "TCP" : "UDP", e.transport(), e.segment()));
        layers.add(layer(3, "IPv4", e.ip(), e.packet()));
        layers.add(layer(2, "Ethernet", e.ethernet(), e.frame()));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("application", hex.formatHex(payload));
        out.put("layers", layers);
        out.put("frame", hex.formatHex(e.frame()));
        if (pcap != null) {
            out.put("pcap", pcap.toString());
        }
        return out;
    }

    private static Map<String, Object> layer(int number, String protocol, Decoded<?> decoded, byte[] bytes) {
        List<Object> fields = new ArrayList<>();
        for (FieldSpan span : decoded.spans()) {
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("offset", span.offset());
            field.put("length", span.length());
            field.put("name", span.name());
            field.put("value", span.value());
            fields.add(field);
        }
        Map<String, Object> layer = new LinkedHashMap<>();
        layer.put("layer", number);
        layer.put("protocol", protocol);
        layer.put("headerLength", decoded.headerLength());
        layer.put("bytes", HexFormat.of().formatHex(bytes));
        layer.put("fields", fields);
        layer.put("problems", decoded.problems());
        return layer;
    }

    private void writePcap(byte[] frame) throws IOException {
        Path parent = pcap.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new CommandFailedException("cannot write " + InvalidInputException.quote(pcap.toString())
                    + ": no such folder " + InvalidInputException.quote(parent.toString()));
        }
        if (Files.isDirectory(pcap)) {
            throw new CommandFailedException(InvalidInputException.quote(pcap.toString()) + " is a folder; give a file name");
        }
        try (OutputStream out = Files.newOutputStream(pcap); PcapWriter writer = new PcapWriter(out, LinkType.ETHERNET)) {
            writer.write(Instant.now(), frame);
        }
    }
}
