package netlab.core.layers;

import java.util.List;
import java.util.Locale;
import netlab.core.InvalidInputException;

/**
 * The seven layers of the OSI reference model (ISO/IEC 7498-1), each with its job, its unit of
 * data, example protocols and devices, the course notes' courier-company analogy (seed 002
 * §1.1), and where it sits in the TCP/IP four-layer model (RFC 1122 §1.3.1) and the five-layer
 * teaching model (seed 001). Numbered from the bottom: 1 is the wire, 7 the program.
 */
public enum OsiLayer {
    PHYSICAL(1, "Physical", "Move raw bits over a medium: voltages, light, radio; connectors, cables, bit timing.",
            "bit", List.of("Ethernet PHY (1000BASE-T)", "Wi-Fi radio (802.11)", "USB", "DSL"),
            List.of("cable", "hub", "repeater", "network card's transceiver"),
            "the porters who carry the boxes (搬运工人)", "Link (network access)", "Physical",
            "Nothing the lab builds: on a real wire the frame is sent as bits with a 7-byte preamble, a start "
                    + "delimiter and a 4-byte frame check sequence; on loopback it never leaves the machine."),
    DATA_LINK(2, "Data link", "Deliver a frame to the next machine on the same link, found by its MAC address; detect "
            + "damaged frames.", "frame", List.of("Ethernet II (IEEE 802.3)", "Wi-Fi MAC (802.11)", "ARP", "PPP"),
            List.of("switch", "bridge", "network card"),
            "the packers who put parcels into boxes and unpack them (装拆箱工人)", "Link (network access)", "Link",
            "Ethernet II header: 14 bytes (destination MAC, source MAC, EtherType 0x0800 = IPv4)."),
    NETWORK(3, "Network", "Carry a packet across many networks from one host to another: addressing (IP addresses) and "
            + "routing.", "packet", List.of("IPv4", "IPv6", "ICMP (ping)", "IGMP"), List.of("router", "layer-3 switch"),
            "the sorters who sort parcels by province and city (排序工人)", "Internet", "Network",
            "IPv4 header: 20 bytes without options (TTL, protocol, source and destination address, checksum)."),
    TRANSPORT(4, "Transport", "Carry data end to end between two programs, found by port numbers: TCP adds "
            + "connections, ordering, retransmission and flow control; UDP only ports and a checksum.",
            "segment (TCP) / datagram (UDP)", List.of("TCP", "UDP", "QUIC (over UDP)"),
            List.of("the hosts' operating systems", "firewalls and NAT boxes that read ports"),
            "the staff who run the parcels to the courier point (跑快递点邮寄东西的人员)", "Transport (host-to-host)",
            "Transport", "TCP header: 20–60 bytes (ports, sequence and acknowledgment numbers, flags, window); "
                    + "UDP header: 8 bytes (ports, length, checksum)."),
    SESSION(5, "Session", "Open, keep and close a dialogue between two programs; checkpoints to resume it.",
            "message", List.of("RPC session setup", "NetBIOS session", "TLS sessions (in part)"),
            List.of("none of its own (software in the hosts)"),
            "the front desk that takes in and hands out parcels (前台服务人员)", "Application", "Application",
            "No header of its own in TCP/IP: the application does this work."),
    PRESENTATION(6, "Presentation", "Agree on how data is represented: character encodings (UTF-8), compression, "
            + "encryption.", "message", List.of("UTF-8 / ASCII", "TLS encryption", "JPEG, MIME types"),
            List.of("none of its own (software in the hosts)"),
            "the assistant who sends and fetches parcels for the boss (替领导拿或寄快递的助理)", "Application",
            "Application", "No header of its own in TCP/IP: the application does this work."),
    APPLICATION(7, "Application", "Give programs access to the network: the protocols users' programs speak.",
            "message", List.of("HTTP", "FTP", "TFTP", "DNS", "SMTP", "SSH"),
            List.of("none of its own (programs: browsers, servers)"),
            "the boss who wants the parcel sent, and reads what arrives", "Application", "Application",
            "The application's own bytes, e.g. \"GET / HTTP/1.1\": the payload every layer below wraps.");

    private final int number;
    private final String title;
    private final String job;
    private final String unit;
    private final List<String> protocols;
    private final List<String> devices;
    private final String courier;
    private final String tcpIp;
    private final String fiveLayer;
    private final String header;

    OsiLayer(int number, String title, String job, String unit, List<String> protocols, List<String> devices,
            String courier, String tcpIp, String fiveLayer, String header) {
        this.number = number;
        this.title = title;
        this.job = job;
        this.unit = unit;
        this.protocols = protocols;
        this.devices = devices;
        this.courier = courier;
        this.tcpIp = tcpIp;
        this.fiveLayer = fiveLayer;
        this.header = header;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    public String job() {
        return job;
    }

    /** The name of the unit of data at this layer (its PDU). */
    public String unit() {
        return unit;
    }

    public List<String> protocols() {
        return protocols;
    }

    public List<String> devices() {
        return devices;
    }

    /** Who does this job in seed 002's courier company. */
    public String courier() {
        return courier;
    }

    /** The layer of the TCP/IP four-layer model (RFC 1122) that does this job. */
    public String tcpIp() {
        return tcpIp;
    }

    /** The layer of the five-layer teaching model (seed 001) that does this job. */
    public String fiveLayer() {
        return fiveLayer;
    }

    /** What this layer adds to a frame the lab builds with {@code encapsulate}. */
    public String header() {
        return header;
    }

    /**
     * The question this layer leaves for the one above to answer (seed 003 builds the layers up
     * this way), or the empty string for the top layers.
     */
    public String leavesOpen() {
        return switch (this) {
            case PHYSICAL -> "Bare bits mean nothing: which bits belong together, and which machine are they for? "
                    + "(Layer 2: frames and MAC addresses.)";
            case DATA_LINK -> "MAC addresses are found by broadcasting, which only works on one local network: a "
                    + "broadcast to the whole world would be a broadcast storm. (Layer 3: IP addresses and routing.)";
            case NETWORK -> "The packet reaches the right computer, but which program there should get it? "
                    + "(Layer 4: port numbers.)";
            case TRANSPORT -> "The bytes reach the right program, but what do they mean? (Layers 5-7: the "
                    + "application's protocol, such as HTTP.)";
            case SESSION, PRESENTATION, APPLICATION -> "";
        };
    }

    /** A common mistake about this layer, or the empty string. */
    public String note() {
        return switch (this) {
            case NETWORK -> "ping uses ICMP, which travels in IP packets at this layer: it is not UDP, and its "
                    + "replies are ICMP echo replies, not UDP acknowledgements.";
            case TRANSPORT -> "TCP delivers a byte stream, not messages: one send() is not one recv() on the other side.";
            case DATA_LINK -> "A MAC address only matters on one link: routers replace the Ethernet header at every hop, "
                    + "while the IP addresses stay.";
            case PHYSICAL, SESSION, PRESENTATION, APPLICATION -> "";
        };
    }

    /** The layer named by a number 1–7 or a name ({@code transport}, {@code data-link}, {@code L4}…). */
    public static OsiLayer find(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
        if (key.matches("l?[1-7]")) {
            return values()[Integer.parseInt(key.substring(key.length() - 1)) - 1];
        }
        for (OsiLayer layer : values()) {
            String name = layer.title.toLowerCase(Locale.ROOT).replace(" ", "");
            if (name.equals(key) || name.equals(key + "link") || key.equals("link") && layer == DATA_LINK) {
                return layer;
            }
        }
        throw new InvalidInputException("not an OSI layer: " + InvalidInputException.quote(text)
                + " (give 1–7 or a name: physical, data-link, network, transport, session, presentation, application)");
    }
}
