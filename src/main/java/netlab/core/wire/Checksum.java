package netlab.core.wire;

import java.net.Inet4Address;

/**
 * The Internet checksum of RFC 1071: the ones' complement of the ones' complement sum of the
 * data taken as 16-bit big-endian words (an odd last byte is padded with a zero byte). IPv4 sums
 * its header; UDP and TCP also sum a pseudo-header of addresses, protocol and length (RFC 768,
 * RFC 9293 §3.1).
 */
public final class Checksum {
    private Checksum() {
    }

    /** The ones' complement sum (folded to 16 bits, not complemented) of {@code length} bytes. */
    public static int sum(int initial, byte[] data, int offset, int length) {
        long sum = initial;
        int i = offset;
        int end = offset + length;
        for (; i + 1 < end; i += 2) {
            sum += ((data[i] & 0xff) << 8) | (data[i + 1] & 0xff);
        }
        if (i < end) {
            sum += (data[i] & 0xff) << 8;
        }
        return fold(sum);
    }

    /** The checksum to put in a header: the complement of the sum of {@code data}. */
    public static int of(byte[] data, int offset, int length) {
        return ~sum(0, data, offset, length) & 0xffff;
    }

    public static int of(byte[] data) {
        return of(data, 0, data.length);
    }

    /**
     * The checksum of a UDP datagram or TCP segment ({@code segment}, its checksum field either
     * zero or filled in) over the IPv4 pseudo-header: source, destination, zero, protocol, length.
     * A segment whose checksum field is right gives 0.
     */
    public static int transport(Inet4Address source, Inet4Address destination, int protocol, byte[] segment) {
        long sum = 0;
        byte[] s = source.getAddress();
        byte[] d = destination.getAddress();
        sum += ((s[0] & 0xff) << 8 | (s[1] & 0xff)) + ((s[2] & 0xff) << 8 | (s[3] & 0xff));
        sum += ((d[0] & 0xff) << 8 | (d[1] & 0xff)) + ((d[2] & 0xff) << 8 | (d[3] & 0xff));
        sum += protocol;
        sum += segment.length;
        return ~sum(fold(sum), segment, 0, segment.length) & 0xffff;
    }

    private static int fold(long sum) {
        while ((sum >> 16) != 0) {
            sum = (sum & 0xffff) + (sum >> 16);
        }
        return (int) sum;
    }
}
