package netlab.core.wire;

import java.net.Inet4Address;
import java.util.Arrays;
import java.util.Objects;

/**
 * An IPv4 header (RFC 791 §3.1): Version 4, IHL, Type of Service, Total Length, Identification,
 * Flags (reserved, DF, MF), Fragment Offset (in 8-byte units), Time to Live, Protocol, Header
 * Checksum (RFC 1071 over the header only), Source and Destination Address, Options. The IHL is
 * not stored: it follows from the options, which are padded to a multiple of 4 bytes.
 * {@link #encode()} writes the fields exactly as given; {@link #complete(int)} fills in Total
 * Length and Header Checksum. {@link Ipv4Codec#decode(byte[])} reads one.
 */
public record Ipv4Header(int typeOfService, int totalLength, int identification, int flags, int fragmentOffset,
        int timeToLive, int protocol, int headerChecksum, Inet4Address source, Inet4Address destination,
        byte[] options) {
    public static final int MIN_LENGTH = 20;
    /** Flags bit "Don't Fragment". */
    public static final int DF = 0b010;
    /** Flags bit "More Fragments". */
    public static final int MF = 0b001;
    /** The reserved flag bit, which must be zero. */
    public static final int RESERVED = 0b100;

    public Ipv4Header {
        check("Type of Service", typeOfService, 0xff);
        check("Total Length", totalLength, 0xffff);
        check("Identification", identification, 0xffff);
        check("Flags", flags, 0b111);
        check("Fragment Offset", fragmentOffset, 0x1fff);
        check("Time to Live", timeToLive, 0xff);
        check("Protocol", protocol, 0xff);
        check("Header Checksum", headerChecksum, 0xffff);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        options = options.clone();
        if (options.length > 40 || options.length % 4 != 0) {
            throw new IllegalArgumentException("IPv4 options take 0–40 bytes in 4-byte words, got " + options.length);
        }
    }

    private static void check(String field, int value, int max) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(field + " must be 0–" + max + ", got " + value);
        }
    }

    /** A header with the usual values: TOS 0, ID 0, DF set, TTL 64, no options; length and checksum still 0. */
    public static Ipv4Header of(int protocol, Inet4Address source, Inet4Address destination) {
        return new Ipv4Header(0, 0, 0, DF, 0, 64, protocol, 0, source, destination, new byte[0]);
    }

    @Override
    public byte[] options() {
        return options.clone();
    }

    /** The header length in 32-bit words, as the IHL field holds it. */
    public int ihl() {
        return (MIN_LENGTH + options.length) / 4;
    }

    public int headerLength() {
        return MIN_LENGTH + options.length;
    }

    public boolean dontFragment() {
        return (flags & DF) != 0;
    }

    public boolean moreFragments() {
        return (flags & MF) != 0;
    }

    public Ipv4Header withIdentification(int id) {
        return new Ipv4Header(typeOfService, totalLength, id, flags, fragmentOffset, timeToLive, protocol,
                headerChecksum, source, destination, options);
    }

    public Ipv4Header withTimeToLive(int ttl) {
        return new Ipv4Header(typeOfService, totalLength, identification, flags, fragmentOffset, ttl, protocol,
                headerChecksum, source, destination, options);
    }

    /** This header with Total Length for {@code payloadLength} bytes of data and the right checksum. */
    public Ipv4Header complete(int payloadLength) {
        Ipv4Header sized = new Ipv4Header(typeOfService, headerLength() + payloadLength, identification, flags,
                fragmentOffset, timeToLive, protocol, 0, source, destination, options);
        return new Ipv4Header(typeOfService, sized.totalLength, identification, flags, fragmentOffset, timeToLive,
                protocol, Checksum.of(sized.encode()), source, destination, options);
    }

    /** The header's bytes, every field as given. */
    public byte[] encode() {
        byte[] b = new byte[headerLength()];
        b[0] = (byte) (4 << 4 | ihl());
        b[1] = (byte) typeOfService;
        put16(b, 2, totalLength);
        put16(b, 4, identification);
        put16(b, 6, flags << 13 | fragmentOffset);
        b[8] = (byte) timeToLive;
        b[9] = (byte) protocol;
        put16(b, 10, headerChecksum);
        System.arraycopy(source.getAddress(), 0, b, 12, 4);
        System.arraycopy(destination.getAddress(), 0, b, 16, 4);
        System.arraycopy(options, 0, b, 20, options.length);
        return b;
    }

    /** The packet: this header followed by {@code payload}. */
    public byte[] encode(byte[] payload) {
        byte[] header = encode();
        byte[] packet = Arrays.copyOf(header, header.length + payload.length);
        System.arraycopy(payload, 0, packet, header.length, payload.length);
        return packet;
    }

    static void put16(byte[] b, int at, int value) {
        b[at] = (byte) (value >>> 8);
        b[at + 1] = (byte) value;
    }

    /** "DF", "MF", "DF, MF", "none"; the reserved bit is named too. */
    public static String flagNames(int flags) {
        StringBuilder sb = new StringBuilder();
        if ((flags & RESERVED) != 0) {
            sb.append("reserved bit set");
        }
        if ((flags & DF) != 0) {
            sb.append(sb.isEmpty() ? "" : ", ").append("DF");
        }
        if ((flags & MF) != 0) {
            sb.append(sb.isEmpty() ? "" : ", ").append("MF");
        }
        return sb.isEmpty() ? "none" : sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ipv4Header h && typeOfService == h.typeOfService && totalLength == h.totalLength
                && identification == h.identification && flags == h.flags && fragmentOffset == h.fragmentOffset
                && timeToLive == h.timeToLive && protocol == h.protocol && headerChecksum == h.headerChecksum
                && source.equals(h.source) && destination.equals(h.destination) && Arrays.equals(options, h.options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(identification, source, destination, headerChecksum, Arrays.hashCode(options));
    }

    @Override
    public String toString() {
        return "Ipv4Header[" + source.getHostAddress() + " > " + destination.getHostAddress() + ", protocol "
                + protocol + ", ttl " + timeToLive + ", id " + identification + ", flags " + flagNames(flags)
                + ", offset " + fragmentOffset + ", length " + totalLength + ", checksum "
                + Assigned.hex16(headerChecksum) + ", options " + options.length + " bytes]";
    }
}
