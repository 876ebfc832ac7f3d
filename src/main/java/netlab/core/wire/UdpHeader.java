package netlab.core.wire;

import java.net.Inet4Address;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import netlab.core.bytes.FieldSpan;

/**
 * A UDP header (RFC 768): Source Port, Destination Port, Length (header + data) and Checksum over
 * the IPv4 pseudo-header, the header and the data. A checksum of 0 means "none computed"; a
 * computed 0 is sent as 0xffff.
 */
public record UdpHeader(int sourcePort, int destinationPort, int length, int checksum) {
    public static final int LENGTH = 8;

    public UdpHeader {
        for (int v : new int[] {sourcePort, destinationPort, length, checksum}) {
            if (v < 0 || v > 0xffff) {
                throw new IllegalArgumentException("UDP header fields are 16 bits, got " + v);
            }
        }
    }

    /** The header for {@code payload} between two IPv4 endpoints, with Length and Checksum filled in. */
    public static UdpHeader of(Endpoint source, Endpoint destination, byte[] payload) {
        if (payload.length > 0xffff - LENGTH) {
            throw new IllegalArgumentException("a UDP datagram carries at most 65527 bytes, got " + payload.length);
        }
        UdpHeader blank = new UdpHeader(source.port(), destination.port(), LENGTH + payload.length, 0);
        int sum = Checksum.transport(source.address(), destination.address(), Assigned.PROTOCOL_UDP, blank.encode(payload));
        return new UdpHeader(source.port(), destination.port(), blank.length, sum == 0 ? 0xffff : sum);
    }

    /** The datagram: this header followed by {@code payload}. */
    public byte[] encode(byte[] payload) {
        byte[] b = new byte[LENGTH + payload.length];
        Ipv4Header.put16(b, 0, sourcePort);
        Ipv4Header.put16(b, 2, destinationPort);
        Ipv4Header.put16(b, 4, length);
        Ipv4Header.put16(b, 6, checksum);
        System.arraycopy(payload, 0, b, LENGTH, payload.length);
        return b;
    }

    /**
     * Reads the UDP header at the start of {@code datagram}; the checksum is checked when the
     * enclosing IPv4 addresses are given (both non-null), else it is shown as not checked.
     *
     * @throws WireFormatException when fewer than 8 bytes are given
     */
    public static Decoded<UdpHeader> decode(byte[] datagram, Inet4Address source, Inet4Address destination) {
        if (datagram.length < LENGTH) {
            throw new WireFormatException("UDP header truncated: " + datagram.length + " bytes, needs 8");
        }
        UdpHeader h = new UdpHeader(Ipv4Codec.u16(datagram, 0), Ipv4Codec.u16(datagram, 2), Ipv4Codec.u16(datagram, 4),
                Ipv4Codec.u16(datagram, 6));
        List<String> problems = new ArrayList<>();
        int end = datagram.length;
        if (h.length < LENGTH) {
            problems.add("bad Length " + h.length + ": a UDP datagram is at least 8 bytes");
        } else if (h.length > datagram.length) {
            problems.add("datagram truncated: Length says " + h.length + " bytes, " + datagram.length + " present");
        } else {
            end = h.length;
        }
        String checksumText;
        if (h.checksum == 0) {
            checksumText = "0x0000 (none: the sender did not compute one)";
        } else if (source == null || destination == null) {
            checksumText = Assigned.hex16(h.checksum) + " (not checked: needs the IPv4 addresses; annotate as ipv4)";
        } else if (h.length < LENGTH || h.length > datagram.length) {
            checksumText = Assigned.hex16(h.checksum) + " (not checked: datagram incomplete)";
        } else {
            byte[] covered = Arrays.copyOf(datagram, h.length);
            if (Checksum.transport(source, destination, Assigned.PROTOCOL_UDP, covered) == 0) {
                checksumText = Assigned.hex16(h.checksum) + " (good)";
            } else {
                covered[6] = 0;
                covered[7] = 0;
                int right = Checksum.transport(source, destination, Assigned.PROTOCOL_UDP, covered);
                right = right == 0 ? 0xffff : right;
                checksumText = Assigned.hex16(h.checksum) + " (bad: should be " + Assigned.hex16(right) + ")";
                problems.add("bad UDP Checksum " + Assigned.hex16(h.checksum) + ": should be " + Assigned.hex16(right));
            }
        }
        List<FieldSpan> spans = List.of(
                new FieldSpan(0, 2, "Source Port", h.sourcePort + " (" + Assigned.port(h.sourcePort) + ")"),
                new FieldSpan(2, 2, "Destination Port", h.destinationPort + " (" + Assigned.port(h.destinationPort) + ")"),
                new FieldSpan(4, 2, "Length", h.length + " (8-byte header + " + Math.max(0, h.length - LENGTH) + " data bytes)"),
                new FieldSpan(6, 2, "Checksum", checksumText));
        return new Decoded<>(h, LENGTH, Arrays.copyOfRange(datagram, LENGTH, Math.max(LENGTH, end)), spans, problems);
    }
}
