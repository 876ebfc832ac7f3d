package netlab.core.addr;

import java.math.BigInteger;
import netlab.core.InvalidInputException;

/**
 * An IPv6 address (RFC 4291 §2.2): 128 bits in eight 16-bit groups. Parses every text form of
 * RFC 4291 (full, {@code ::}-compressed, with a trailing dotted IPv4 part) and prints the
 * canonical form of RFC 5952: lower case, no leading zeros, the longest run of two or more zero
 * groups as {@code ::} (the first one on a tie), and IPv4-mapped addresses as
 * {@code ::ffff:192.0.2.1} (RFC 5952 §5). Zone ids ({@code %eth0}) are not accepted.
 *
 * @param high the first 64 bits
 * @param low  the last 64 bits
 */
public record Ipv6Address(long high, long low) implements IpAddress {
    private static final String EXAMPLE = "2001:db8::1";
    private static final BigInteger MASK64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    public static Ipv6Address of(BigInteger value) {
        return new Ipv6Address(value.shiftRight(64).longValue(), value.and(MASK64).longValue());
    }

    /** The address in the 16 bytes of {@code bytes} (network order, as {@code Inet6Address} holds it). */
    public static Ipv6Address of(byte[] bytes) {
        if (bytes.length != 16) {
            throw new IllegalArgumentException("an IPv6 address has 16 bytes, not " + bytes.length);
        }
        return new Ipv6Address(java.nio.ByteBuffer.wrap(bytes).getLong(), java.nio.ByteBuffer.wrap(bytes, 8, 8).getLong());
    }

    public static Ipv6Address parse(String text) {
        if (text.isEmpty()) {
            throw bad(text, "empty; write eight groups of hex digits separated by colons, e.g. " + EXAMPLE);
        }
        if (text.indexOf('%') >= 0) {
            throw bad(text, "zone ids such as %eth0 are not supported; leave out the % part");
        }
        IpAddress.checkCharacters(text, "an IPv6 address", EXAMPLE);
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            throw bad(text, "\"::\" may appear only once; it stands for one run of zero groups");
        }
        int[] head = groups(text, gap < 0 ? text : text.substring(0, gap), gap < 0);
        int[] tail = gap < 0 ? new int[0] : groups(text, text.substring(gap + 2), true);
        int count = head.length + tail.length;
        if (gap < 0 && count != 8) {
            throw bad(text, "it has " + count + " groups; an IPv6 address has 8, or fewer with \"::\" for the zero groups");
        }
        if (gap >= 0 && count > 7) {
            throw bad(text, "it has " + count + " groups besides \"::\", which must stand for at least one zero group (at most 7)");
        }
        int[] all = new int[8];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, 8 - tail.length, tail.length);
        long hi = 0;
        long lo = 0;
        for (int i = 0; i < 4; i++) {
            hi = hi << 16 | all[i];
            lo = lo << 16 | all[i + 4];
        }
        return new Ipv6Address(hi, lo);
    }

    /** The 16-bit groups of one side of {@code ::}; a dotted IPv4 part, allowed last, counts as two. */
    private static int[] groups(String text, String side, boolean mayEndWithIpv4) {
        if (side.isEmpty()) {
            return new int[0];
        }
        String[] parts = side.split(":", -1);
        int dotted = parts[parts.length - 1].indexOf('.') >= 0 ? 1 : 0;
        int[] out = new int[parts.length + dotted];
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.isEmpty()) {
                throw bad(text, "a group is empty (a single \":\" at the start or end, or \":::\"); use \"::\" for zero groups");
            }
            if (part.indexOf('.') >= 0) {
                if (i != parts.length - 1 || !mayEndWithIpv4) {
                    throw bad(text, "a dotted IPv4 part may only come last, e.g. ::ffff:192.0.2.1");
                }
                int v4;
                try {
                    v4 = Ipv4Address.parse(part).value();
                } catch (InvalidInputException e) {
                    throw bad(text, "its IPv4 part " + InvalidInputException.quote(part) + " is not a dotted quad of 0–255");
                }
                out[i] = v4 >>> 16;
                out[i + 1] = v4 & 0xffff;
                continue;
            }
            if (part.length() > 4) {
                throw bad(text, "group " + InvalidInputException.quote(part) + " has more than 4 hex digits");
            }
            int value = 0;
            for (int k = 0; k < part.length(); k++) {
                int d = Character.digit(part.charAt(k), 16);
                if (d < 0) {
                    throw bad(text, "group " + InvalidInputException.quote(part) + " is not hex; use 0-9 and a-f");
                }
                value = value << 4 | d;
            }
            out[i] = value;
        }
        return out;
    }

    private static InvalidInputException bad(String text, String why) {
        return new InvalidInputException("not an IPv6 address: " + InvalidInputException.quote(text) + " (" + why + ")");
    }

    /** Group {@code i} (0–7). */
    public int group(int i) {
        long word = i < 4 ? high : low;
        return (int) (word >>> (48 - 16 * (i % 4))) & 0xffff;
    }

    @Override
    public int version() {
        return 6;
    }

    @Override
    public int bitLength() {
        return 128;
    }

    @Override
    public BigInteger toBigInteger() {
        byte[] bytes = new byte[17];
        for (int i = 0; i < 8; i++) {
            bytes[1 + i] = (byte) (high >>> (56 - 8 * i));
            bytes[9 + i] = (byte) (low >>> (56 - 8 * i));
        }
        return new BigInteger(bytes);
    }

    /** True for {@code ::ffff:0:0/96}, the IPv4-mapped addresses of RFC 4291 §2.5.5.2. */
    public boolean ipv4Mapped() {
        return high == 0 && (low >>> 32) == 0xffffL;
    }

    /** All eight groups, four hex digits each: {@code 2001:0db8:0000:…}. */
    public String full() {
        StringBuilder sb = new StringBuilder(39);
        for (int i = 0; i < 8; i++) {
            if (i > 0) {
                sb.append(':');
            }
            String hex = Integer.toHexString(group(i));
            sb.append("0".repeat(4 - hex.length())).append(hex);
        }
        return sb.toString();
    }

    @Override
    public String binary() {
        StringBuilder sb = new StringBuilder(135);
        for (int i = 0; i < 8; i++) {
            if (i > 0) {
                sb.append(':');
            }
            String bits = Integer.toBinaryString(group(i));
            sb.append("0".repeat(16 - bits.length())).append(bits);
        }
        return sb.toString();
    }

    /** RFC 5952 canonical text. */
    @Override
    public String toString() {
        if (ipv4Mapped()) {
            return "::ffff:" + new Ipv4Address((int) low);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            if (group(i) != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && group(j) == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        StringBuilder sb = new StringBuilder(39);
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLength - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(group(i)));
        }
        return sb.toString();
    }
}
