package netlab.core.wire;

import java.net.InetSocketAddress;
import java.util.List;

/**
 * Whole Ethernet II frames (Ethernet + IPv4 + UDP or TCP, RFC 894/791/768/9293) built from two
 * endpoints and a payload, with every length and checksum computed, ready for a
 * {@link PcapWriter}. The lab's traffic runs on loopback, where there are no real MAC addresses,
 * so the frames use locally administered ones: {@link #LOWER_MAC} {@code 02:00:00:00:00:01} for
 * the endpoint that sorts first (by address bytes, then port) and {@link #HIGHER_MAC}
 * {@code 02:00:00:00:00:02} for the other, so each side keeps one MAC in both directions.
 * IPv4 headers have TTL 64, DF set and Identification 0 unless given.
 *
 * <pre>{@code
 * byte[] frame = Frames.udp(client, server, "hello".getBytes(UTF_8));   // one datagram
 * TcpFlow flow = new TcpFlow(Endpoint.of(client), Endpoint.of(server), 1000, 5000);
 * List<byte[]> frames = new ArrayList<>(flow.open());                    // SYN, SYN-ACK, ACK
 * frames.add(flow.clientSends(request));
 * frames.add(flow.serverSends(response));
 * frames.addAll(flow.closeFromClient());                                 // FIN, FIN, ACK
 * try (PcapWriter pcap = new PcapWriter(out, LinkType.ETHERNET)) {
 *     for (byte[] f : frames) pcap.write(Instant.now(), f);
 * }
 * }</pre>
 */
public final class Frames {
    public static final MacAddress LOWER_MAC = new MacAddress(0x02_00_00_00_00_01L);
    public static final MacAddress HIGHER_MAC = new MacAddress(0x02_00_00_00_00_02L);

    private Frames() {
    }

    /** One UDP datagram from {@code source} to {@code destination} (IPv4 socket addresses) as a frame. */
    public static byte[] udp(InetSocketAddress source, InetSocketAddress destination, byte[] payload) {
        return udp(Endpoint.of(source), Endpoint.of(destination), payload, 0);
    }

    /** One UDP datagram as a frame, with the given IPv4 Identification. */
    public static byte[] udp(Endpoint source, Endpoint destination, byte[] payload, int identification) {
        byte[] datagram = UdpHeader.of(source, destination, payload).encode(payload);
        return frame(source, destination, Assigned.PROTOCOL_UDP, datagram, identification);
    }

    /**
     * One TCP segment as a frame: {@code header}'s checksum is replaced by the right one; its ports
     * should be the endpoints' ports.
     */
    public static byte[] tcp(Endpoint source, Endpoint destination, TcpHeader header, byte[] payload, int identification) {
        byte[] segment = header.withChecksum(source.address(), destination.address(), payload).encode(payload);
        return frame(source, destination, Assigned.PROTOCOL_TCP, segment, identification);
    }

    /** A TCP segment header with no options and checksum 0 (filled in by {@link #tcp}). */
    public static TcpHeader tcpHeader(Endpoint source, Endpoint destination, long seq, long ack, int flags, int window) {
        return new TcpHeader(source.port(), destination.port(), seq & 0xffff_ffffL, ack & 0xffff_ffffL, flags, window,
                0, 0, List.of());
    }

    /** Wraps a transport segment in IPv4 and Ethernet between the two endpoints' hosts. */
    public static byte[] frame(Endpoint source, Endpoint destination, int protocol, byte[] segment, int identification) {
        Ipv4Header ip = Ipv4Header.of(protocol, source.address(), destination.address())
                .withIdentification(identification).complete(segment.length);
        boolean sourceFirst = compare(source, destination) <= 0;
        EthernetHeader eth = new EthernetHeader(sourceFirst ? HIGHER_MAC : LOWER_MAC,
                sourceFirst ? LOWER_MAC : HIGHER_MAC, Assigned.ETHERTYPE_IPV4);
        return eth.encode(ip.encode(segment));
    }

    private static int compare(Endpoint a, Endpoint b) {
        int byAddress = java.util.Arrays.compareUnsigned(a.address().getAddress(), b.address().getAddress());
        return byAddress != 0 ? byAddress : Integer.compare(a.port(), b.port());
    }
}
