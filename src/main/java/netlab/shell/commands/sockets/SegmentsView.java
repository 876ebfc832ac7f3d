package netlab.shell.commands.sockets;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import netlab.core.wire.Decoded;
import netlab.core.wire.EthernetHeader;
import netlab.core.wire.Ipv4Codec;
import netlab.core.wire.Ipv4Header;
import netlab.core.wire.LinkType;
import netlab.core.wire.PcapFile;
import netlab.core.wire.PcapRecord;
import netlab.core.wire.TcpCodec;
import netlab.core.wire.TcpHeader;
import netlab.core.wire.TcpOption;
import netlab.core.wire.WireFormatException;
import netlab.net.NetFailure;
import netlab.net.tcp.ConnectionLifecycle;
import netlab.shell.Lab;
import netlab.shell.Style;
import netlab.shell.render.HexRenderer;

/**
 * The segments tcpdump captured for one connection: a table of every segment (flags, sequence
 * and acknowledgment numbers relative to each side's initial sequence number and absolute,
 * window, options), then the annotated hex of the segments of one phase.
 */
final class SegmentsView {
    private final Lab lab;
    private final Style style;
    private final boolean full;

    SegmentsView(Lab lab, Style style, boolean full) {
        this.lab = lab;
        this.style = style;
        this.full = full;
    }

    /** One captured TCP segment between the demo's two sockets. */
    record Segment(Duration at, boolean fromClient, TcpHeader header, byte[] bytes, Decoded<TcpHeader> decoded) {
    }

    void print(SegmentCapture capture, ConnectionLifecycle.Result result, ConnectionLifecycle.Phase phase)
            throws IOException {
        var out = lab.console();
        if (capture.unavailable() != null) {
            out.println("");
            out.println(style.warn("No packet capture: ") + capture.unavailable().getMessage() + ".");
            out.println("To see the real segments: " + capture.unavailable().remedy()
                    + ". (The states above need no privilege: /proc/net/tcp is readable by everyone.)");
            return;
        }
        if (!capture.started()) {
            return;
        }
        out.println("");
        List<Segment> segments;
        try {
            segments = decode(capture.pcap(), result.client());
        } catch (WireFormatException e) {
            out.println(style.warn("The capture could not be read: ") + e.getMessage());
            return;
        }
        out.println(style.heading("Captured by tcpdump on lo") + " (filter: tcp and host 127.0.0.1 and port "
                + result.client().getPort() + " and port " + result.server().getPort() + "): " + segments.size()
                + " segments");
        long clientIsn = isn(segments, true);
        long serverIsn = isn(segments, false);
        out.println(String.format("  %-3s %-11s %-17s %-9s %-22s %-22s %4s %6s", "#", "time", "direction", "flags",
                "seq rel (abs)", "ack rel (abs)", "len", "window"));
        int firstFin = -1;
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            TcpHeader h = s.header();
            if (firstFin < 0 && h.has(TcpHeader.FIN)) {
                firstFin = i;
            }
            long ownIsn = s.fromClient() ? clientIsn : serverIsn;
            long peerIsn = s.fromClient() ? serverIsn : clientIsn;
            String ack = h.has(TcpHeader.ACK) ? rel(h.acknowledgmentNumber(), peerIsn) : "-";
            out.println(String.format("  %-3d %-11s %-17s %-9s %-22s %-22s %4d %6d", i + 1,
                    String.format("%.3f ms", s.at().toNanos() / 1e6), s.fromClient() ? "client → server" : "server → client",
                    TcpHeader.flagNames(h.flags()).replace(", ", ","), rel(h.sequenceNumber(), ownIsn), ack,
                    s.decoded().payloadLength(), h.window()));
            if (!h.options().isEmpty()) {
                out.println("      options: " + h.options().stream().filter(o -> !(o instanceof TcpOption.NoOperation)
                        && !(o instanceof TcpOption.EndOfOptionList)).map(o -> o.name() + " " + o.describe()).collect(Collectors.joining("; ")));
            }
        }
        teardownNote(segments, firstFin);
        out.println("  The window field is raw: after the SYNs it is multiplied by 2^shift of the Window Scale option.");
        out.println("  On lo the kernel leaves TCP checksums to \"offload\" (nothing can corrupt the bytes), so most"
                + " captured checksums read as bad; on a real network card they are filled in before sending.");
        HexRenderer hex = new HexRenderer(style);
        for (int i = 0; i < segments.size(); i++) {
            boolean teardown = firstFin >= 0 && i >= firstFin;
            if (!full && teardown != (phase == ConnectionLifecycle.Phase.TEARDOWN)) {
                continue;
            }
            Segment s = segments.get(i);
            out.println("");
            out.println(style.bold("Segment " + (i + 1) + ", " + (s.fromClient() ? "client → server" : "server → client")
                    + ", " + TcpHeader.flagNames(s.header().flags()) + " (TCP header and data, as captured)"));
            out.out().print(hex.dump(s.bytes(), s.decoded().spans()));
            out.out().print(hex.legend(s.decoded().spans()));
        }
        if (!full) {
            out.println("(--full shows the hex of every segment)");
        }
    }

    private void teardownNote(List<Segment> segments, int firstFin) {
        if (firstFin < 0) {
            return;
        }
        int n = segments.size() - firstFin;
        boolean merged = segments.stream().skip(firstFin + 1).anyMatch(s -> s.header().has(TcpHeader.FIN)
                && s.header().has(TcpHeader.ACK) && s.decoded().payloadLength() == 0)
                && n == 3;
        lab.console().println("  Teardown: " + n + " segments. " + (merged
                ? "The second FIN carried the ACK of the first: four steps, three segments."
                : "Here the second side waited before close() (the lab read the kernel's states), so its ACK"
                        + " went alone and its FIN later; a program that closes at once sends ACK and FIN together."));
    }

    private static String rel(long value, long isn) {
        if (isn < 0) {
            return String.valueOf(value);
        }
        return ((value - isn) & 0xffff_ffffL) + " (" + value + ")";
    }

    private static long isn(List<Segment> segments, boolean client) {
        return segments.stream().filter(s -> s.fromClient() == client && s.header().has(TcpHeader.SYN))
                .mapToLong(s -> s.header().sequenceNumber()).findFirst().orElse(-1);
    }

    static List<Segment> decode(byte[] pcap, InetSocketAddress client) {
        PcapFile file = PcapFile.read(pcap);
        List<Segment> segments = new ArrayList<>();
        Instant first = null;
        for (PcapRecord record : file.records()) {
            byte[] packet = record.data();
            if (file.linkType() == LinkType.ETHERNET) {
                packet = EthernetHeader.decode(packet).payload();
            }
            Decoded<Ipv4Header> ip = Ipv4Codec.decode(packet);
            Inet4Address src = ip.header().source();
            Inet4Address dst = ip.header().destination();
            byte[] bytes = ip.payload();
            Decoded<TcpHeader> tcp = TcpCodec.decode(bytes, src, dst);
            if (first == null) {
                first = record.timestamp();
            }
            segments.add(new Segment(Duration.between(first, record.timestamp()),
                    tcp.header().sourcePort() == client.getPort(), tcp.header(), bytes, tcp));
        }
        return segments;
    }

    static String name(InetSocketAddress a) {
        return NetFailure.name(a);
    }
}
