package netlab.core.wire;

import java.io.ByteArrayOutputStream;
import java.net.Inet4Address;
import java.util.List;
import java.util.Objects;

/**
 * A TCP header (RFC 9293 §3.1): Source and Destination Port, Sequence Number, Acknowledgment
 * Number, Data Offset (header length in 32-bit words; follows from the options), the control
 * bits CWR ECE URG ACK PSH RST SYN FIN, Window, Checksum (over the IPv4 pseudo-header, header and
 * data), Urgent Pointer and options, zero-padded to a 4-byte boundary.
 * {@link TcpCodec#decode(byte[], java.net.Inet4Address, java.net.Inet4Address)} reads one.
 */
public record TcpHeader(int sourcePort, int destinationPort, long sequenceNumber, long acknowledgmentNumber,
        int flags, int window, int checksum, int urgentPointer, List<TcpOption> options) {
    public static final int MIN_LENGTH = 20;
    public static final int FIN = 0x01;
    public static final int SYN = 0x02;
    public static final int RST = 0x04;
    public static final int PSH = 0x08;
    public static final int ACK = 0x10;
    public static final int URG = 0x20;
    public static final int ECE = 0x40;
    public static final int CWR = 0x80;
    private static final String[] FLAG_NAMES = {"FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECE", "CWR"};

    public TcpHeader {
        for (int v : new int[] {sourcePort, destinationPort, window, checksum, urgentPointer}) {
            if (v < 0 || v > 0xffff) {
                throw new IllegalArgumentException("TCP ports, window, checksum and urgent pointer are 16 bits, got " + v);
            }
        }
        if (sequenceNumber < 0 || sequenceNumber > 0xffff_ffffL || acknowledgmentNumber < 0
                || acknowledgmentNumber > 0xffff_ffffL) {
            throw new IllegalArgumentException("sequence and acknowledgment numbers are 32 bits");
        }
        if (flags < 0 || flags > 0xff) {
            throw new IllegalArgumentException("TCP flags are 8 bits, got " + flags);
        }
        options = List.copyOf(options);
        if (optionBytes(options).length > 40) {
            throw new IllegalArgumentException("TCP options take at most 40 bytes");
        }
    }

    /** This header with the checksum for {@code payload} between two IPv4 endpoints. */
    public TcpHeader withChecksum(Inet4Address source, Inet4Address destination, byte[] payload) {
        TcpHeader blank = new TcpHeader(sourcePort, destinationPort, sequenceNumber, acknowledgmentNumber, flags,
                window, 0, urgentPointer, options);
        int sum = Checksum.transport(source, destination, Assigned.PROTOCOL_TCP, blank.encode(payload));
        return new TcpHeader(sourcePort, destinationPort, sequenceNumber, acknowledgmentNumber, flags, window, sum,
                urgentPointer, options);
    }

    /** The header length in 32-bit words, as the Data Offset field holds it. */
    public int dataOffset() {
        return headerLength() / 4;
    }

    public int headerLength() {
        return MIN_LENGTH + padded(optionBytes(options).length);
    }

    public boolean has(int flag) {
        return (flags & flag) == flag;
    }

    /** The segment: this header, its options padded with zeros, then {@code payload}. */
    public byte[] encode(byte[] payload) {
        byte[] opts = optionBytes(options);
        int headerLength = MIN_LENGTH + padded(opts.length);
        byte[] b = new byte[headerLength + payload.length];
        Ipv4Header.put16(b, 0, sourcePort);
        Ipv4Header.put16(b, 2, destinationPort);
        put32(b, 4, sequenceNumber);
        put32(b, 8, acknowledgmentNumber);
        b[12] = (byte) (headerLength / 4 << 4);
        b[13] = (byte) flags;
        Ipv4Header.put16(b, 14, window);
        Ipv4Header.put16(b, 16, checksum);
        Ipv4Header.put16(b, 18, urgentPointer);
        System.arraycopy(opts, 0, b, MIN_LENGTH, opts.length);
        System.arraycopy(payload, 0, b, headerLength, payload.length);
        return b;
    }

    /** The control bits by name from the lowest bit up, as Wireshark lists them, e.g. "SYN, ACK"; "none" for 0. */
    public static String flagNames(int flags) {
        StringBuilder sb = new StringBuilder();
        for (int bit = 0; bit < 8; bit++) {
            if ((flags >> bit & 1) != 0) {
                sb.append(sb.isEmpty() ? "" : ", ").append(FLAG_NAMES[bit]);
            }
        }
        return sb.isEmpty() ? "none" : sb.toString();
    }

    static byte[] optionBytes(List<TcpOption> options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (TcpOption option : options) {
            out.writeBytes(option.encode());
        }
        return out.toByteArray();
    }

    private static int padded(int length) {
        return (length + 3) / 4 * 4;
    }

    static void put32(byte[] b, int at, long value) {
        b[at] = (byte) (value >>> 24);
        b[at + 1] = (byte) (value >>> 16);
        b[at + 2] = (byte) (value >>> 8);
        b[at + 3] = (byte) value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TcpHeader h && sourcePort == h.sourcePort && destinationPort == h.destinationPort
                && sequenceNumber == h.sequenceNumber && acknowledgmentNumber == h.acknowledgmentNumber
                && flags == h.flags && window == h.window && checksum == h.checksum && urgentPointer == h.urgentPointer
                && options.equals(h.options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sourcePort, destinationPort, sequenceNumber, acknowledgmentNumber, flags, checksum);
    }
}
