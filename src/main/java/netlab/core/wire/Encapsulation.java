package netlab.core.wire;

import java.util.List;

/**
 * Application bytes wrapped layer by layer, as a sending host does: a UDP datagram or TCP
 * segment (layer 4), in an IPv4 packet (layer 3), in an Ethernet II frame (layer 2). Every length
 * and checksum is computed; the variable fields are fixed so the same input gives the same bytes:
 * IPv4 Identification {@value #IDENTIFICATION}, TTL 64, DF; TCP sequence {@value #SEQUENCE},
 * acknowledgment {@value #ACKNOWLEDGMENT}, flags PSH+ACK, window {@value #WINDOW}, options NOP, NOP,
 * Timestamps (TSval {@value #TSVAL}, TSecr {@value #TSECR}) as Linux sends on an open connection.
 * Each layer is also decoded back, so its fields come with their spans and the checksums are checked.
 *
 * @param application the payload
 * @param transport   the decoded UDP or TCP header (spans relative to {@link #segment()})
 * @param ip          the decoded IPv4 header (spans relative to {@link #packet()})
 * @param ethernet    the decoded Ethernet header (spans relative to {@link #frame()})
 */
public record Encapsulation(byte[] application, Decoded<?> transport, Decoded<Ipv4Header> ip,
        Decoded<EthernetHeader> ethernet, byte[] frame) {
    public static final int IDENTIFICATION = 0x1c46;
    public static final long SEQUENCE = 1001;
    public static final long ACKNOWLEDGMENT = 5001;
    public static final int WINDOW = 65483;
    public static final long TSVAL = 1000;
    public static final long TSECR = 990;

    public Encapsulation {
        application = application.clone();
        frame = frame.clone();
    }

    @Override
    public byte[] application() {
        return application.clone();
    }

    @Override
    public byte[] frame() {
        return frame.clone();
    }

    /** The IPv4 packet: the frame without its Ethernet header. */
    public byte[] packet() {
        return java.util.Arrays.copyOfRange(frame, EthernetHeader.LENGTH, frame.length);
    }

    /** The transport segment or datagram: the packet without its IPv4 header. */
    public byte[] segment() {
        return java.util.Arrays.copyOfRange(frame, EthernetHeader.LENGTH + ip.headerLength(), frame.length);
    }

    public boolean tcp() {
        return transport.header() instanceof TcpHeader;
    }

    /** {@code payload} sent from {@code source} to {@code destination} in one UDP datagram. */
    public static Encapsulation udp(Endpoint source, Endpoint destination, byte[] payload) {
        return of(payload, Frames.udp(source, destination, payload, IDENTIFICATION));
    }

    /** {@code payload} sent from {@code source} to {@code destination} in one TCP segment of an open connection. */
    public static Encapsulation tcp(Endpoint source, Endpoint destination, byte[] payload) {
        TcpHeader header = new TcpHeader(source.port(), destination.port(), SEQUENCE, ACKNOWLEDGMENT,
                TcpHeader.PSH | TcpHeader.ACK, WINDOW, 0, 0, List.of(new TcpOption.NoOperation(),
                        new TcpOption.NoOperation(), new TcpOption.Timestamps(TSVAL, TSECR)));
        return of(payload, Frames.tcp(source, destination, header, payload, IDENTIFICATION));
    }

    private static Encapsulation of(byte[] payload, byte[] frame) {
        Decoded<EthernetHeader> eth = EthernetHeader.decode(frame);
        Decoded<Ipv4Header> ip = Ipv4Codec.decode(eth.payload());
        Ipv4Header h = ip.header();
        Decoded<?> transport = h.protocol() == Assigned.PROTOCOL_TCP
                ? TcpCodec.decode(ip.payload(), h.source(), h.destination())
                : UdpHeader.decode(ip.payload(), h.source(), h.destination());
        return new Encapsulation(payload, transport, ip, eth, frame);
    }
}
