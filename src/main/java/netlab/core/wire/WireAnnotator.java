package netlab.core.wire;

import java.net.Inet4Address;
import java.util.ArrayList;
import java.util.List;
import netlab.core.bytes.Annotation;
import netlab.core.bytes.Annotator;
import netlab.core.bytes.FieldSpan;

/**
 * {@code hexdump --annotate eth|ipv4|tcp|udp}: reads bytes as a frame or packet starting at one
 * layer and goes on into the headers it carries (Ethernet II → IPv4 → TCP or UDP), naming every
 * field. TCP and UDP checksums are checked only when the IPv4 header around them is present.
 */
public record WireAnnotator(Layer first) implements Annotator {
    /** The four annotators, one per layer a dump can start at. */
    public static final List<Annotator> ALL = List.of(new WireAnnotator(Layer.ETH), new WireAnnotator(Layer.IPV4),
            new WireAnnotator(Layer.TCP), new WireAnnotator(Layer.UDP));

    /** The header the bytes start with. */
    public enum Layer {
        ETH("eth", "Ethernet", "an Ethernet II frame (and the IPv4, TCP or UDP headers inside it)"),
        IPV4("ipv4", "IPv4", "an IPv4 packet (and the TCP or UDP header inside it)"),
        TCP("tcp", "TCP", "a TCP segment (RFC 9293)"),
        UDP("udp", "UDP", "a UDP datagram (RFC 768)");

        private final String label;
        private final String protocol;
        private final String description;

        Layer(String label, String protocol, String description) {
            this.label = label;
            this.protocol = protocol;
            this.description = description;
        }
    }

    public WireAnnotator {
        java.util.Objects.requireNonNull(first, "first");
    }

    @Override
    public String name() {
        return first.label;
    }

    @Override
    public String description() {
        return first.description;
    }

    @Override
    public Annotation annotate(byte[] bytes) {
        Layers layers = new Layers();
        try {
            switch (first) {
                case ETH -> layers.ethernet(bytes);
                case IPV4 -> layers.ipv4(bytes, 0);
                case TCP -> layers.tcp(bytes, 0, null, null);
                case UDP -> layers.udp(bytes, 0, null, null);
            }
        } catch (WireFormatException e) {
            layers.problems.add(e.getMessage());
        }
        String protocol = layers.protocols.isEmpty() ? first.protocol
                : String.join(" / ", layers.protocols);
        String summary = layers.summary.isEmpty() ? "not a readable " + protocol + " header" : layers.summary;
        return new Annotation(protocol, summary, layers.spans, layers.problems);
    }

    /** Collects the spans and problems of each layer as the dissection goes down. */
    private static final class Layers {
        final List<FieldSpan> spans = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        final List<String> protocols = new ArrayList<>();
        String summary = "";

        void ethernet(byte[] frame) {
            Decoded<EthernetHeader> eth = EthernetHeader.decode(frame);
            take("Ethernet", eth, 0);
            summary = eth.header().source() + " > " + eth.header().destination();
            if (eth.header().etherType() == Assigned.ETHERTYPE_IPV4 && eth.payloadLength() > 0) {
                try {
                    ipv4(eth.payload(), EthernetHeader.LENGTH);
                } catch (WireFormatException e) {
                    problems.add("IPv4: " + e.getMessage());
                    data(eth.payload(), EthernetHeader.LENGTH);
                }
            } else {
                data(eth.payload(), EthernetHeader.LENGTH);
            }
        }

        void ipv4(byte[] packet, int at) {
            Decoded<Ipv4Header> ip = Ipv4Codec.decode(packet);
            take("IPv4", ip, at);
            Ipv4Header h = ip.header();
            summary = h.source().getHostAddress() + " > " + h.destination().getHostAddress() + " "
                    + Assigned.ipProtocol(h.protocol()) + ", TTL " + h.timeToLive() + ", length " + h.totalLength();
            int inner = at + ip.headerLength();
            byte[] payload = ip.payload();
            if (h.fragmentOffset() == 0 && h.protocol() == Assigned.PROTOCOL_TCP && payload.length > 0) {
                tcp(payload, inner, h.source(), h.destination());
            } else if (h.fragmentOffset() == 0 && h.protocol() == Assigned.PROTOCOL_UDP && payload.length > 0) {
                udp(payload, inner, h.source(), h.destination());
            } else {
                data(payload, inner);
            }
            int after = inner + payload.length;
            int trailing = at + packet.length - after;
            if (trailing > 0 && h.totalLength() >= ip.headerLength()) {
                spans.add(new FieldSpan(after, trailing, "Padding", trailing + " bytes after Total Length (not part of the packet)"));
            }
        }

        void tcp(byte[] segment, int at, Inet4Address source, Inet4Address destination) {
            try {
                Decoded<TcpHeader> tcp = TcpCodec.decode(segment, source, destination);
                take("TCP", tcp, at);
                TcpHeader h = tcp.header();
                summary = (summary.isEmpty() ? "" : summary + "; ") + h.sourcePort() + " > " + h.destinationPort()
                        + " [" + TcpHeader.flagNames(h.flags()) + "] seq " + h.sequenceNumber()
                        + (h.has(TcpHeader.ACK) ? " ack " + h.acknowledgmentNumber() : "") + ", " + tcp.payloadLength()
                        + " data bytes";
                data(tcp.payload(), at + tcp.headerLength());
            } catch (WireFormatException e) {
                problems.add("TCP: " + e.getMessage());
                data(segment, at);
            }
        }

        void udp(byte[] datagram, int at, Inet4Address source, Inet4Address destination) {
            try {
                Decoded<UdpHeader> udp = UdpHeader.decode(datagram, source, destination);
                take("UDP", udp, at);
                UdpHeader h = udp.header();
                summary = (summary.isEmpty() ? "" : summary + "; ") + h.sourcePort() + " > " + h.destinationPort()
                        + ", " + udp.payloadLength() + " data bytes";
                data(udp.payload(), at + UdpHeader.LENGTH);
            } catch (WireFormatException e) {
                problems.add("UDP: " + e.getMessage());
                data(datagram, at);
            }
        }

        private void take(String protocol, Decoded<?> decoded, int at) {
            protocols.add(protocol);
            for (FieldSpan span : decoded.spans()) {
                spans.add(span.shift(at));
            }
            for (String problem : decoded.problems()) {
                problems.add(protocol + ": " + problem);
            }
        }

        private void data(byte[] data, int at) {
            if (data.length > 0) {
                spans.add(new FieldSpan(at, data.length, "Data", data.length + " bytes"));
            }
        }
    }
}
