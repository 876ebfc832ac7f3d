package netlab.core.addr;

import netlab.core.InvalidInputException;

/**
 * A network mask (RFC 950; CIDR prefix length, RFC 4632 §3.1): its ones come first, then its
 * zeros, so it is fully described by its prefix length. Typed as a prefix ({@code /26} or
 * {@code 26}) or, for IPv4, dotted ({@code 255.255.255.192}); a mask whose ones and zeros are
 * mixed ({@code 255.255.0.255}) is refused.
 */
public final class Netmask {
    private Netmask() {
    }

    /** Parses a prefix length {@code /n} or {@code n} for addresses of {@code version}. */
    public static int parsePrefix(String text, int version) {
        String digits = text.startsWith("/") ? text.substring(1) : text;
        int max = version == 4 ? 32 : 128;
        String range = "an IPv" + version + " prefix is /0–/" + max;
        if (digits.isEmpty()) {
            throw new InvalidInputException("not a prefix: " + InvalidInputException.quote(text) + " (no number after /; " + range + ")");
        }
        IpAddress.checkCharacters(text, "a prefix", "/24");
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidInputException("not a prefix: " + InvalidInputException.quote(text)
                        + " (write the number of network bits, e.g. /24; " + range + ")");
            }
        }
        if (digits.length() > 3 || Integer.parseInt(digits) > max) {
            throw new InvalidInputException("prefix out of range: " + InvalidInputException.quote(text) + " (" + range + ")");
        }
        return Integer.parseInt(digits);
    }

    /** Parses a mask, dotted ({@code 255.255.255.0}), IPv6-style, or a prefix ({@code /24}, {@code 24}). */
    public static int parse(String text, int version) {
        boolean looksLikeAddress = text.indexOf('.') >= 0 || text.indexOf(':') >= 0;
        if (!looksLikeAddress) {
            return parsePrefix(text, version);
        }
        IpAddress mask;
        try {
            mask = IpAddress.parse(text);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("not a mask: " + InvalidInputException.quote(text)
                    + " (write it dotted like 255.255.255.0 or as a prefix like /24; " + reason(e) + ")");
        }
        if (mask.version() != version) {
            throw new InvalidInputException("not an IPv" + version + " mask: " + InvalidInputException.quote(text)
                    + " (the address is IPv" + version + "; write the mask as a prefix such as /" + (version == 4 ? 24 : 64) + ")");
        }
        return prefixOf(mask, text);
    }

    private static String reason(InvalidInputException e) {
        String m = e.getMessage();
        int open = m.indexOf(" (");
        return open < 0 ? m : m.substring(open + 2, m.length() - 1);
    }

    private static int prefixOf(IpAddress mask, String text) {
        java.math.BigInteger value = mask.toBigInteger();
        int bits = mask.bitLength();
        int ones = 0;
        while (ones < bits && value.testBit(bits - 1 - ones)) {
            ones++;
        }
        for (int i = ones; i < bits; i++) {
            if (value.testBit(bits - 1 - i)) {
                throw new InvalidInputException("not a contiguous mask: " + InvalidInputException.quote(text)
                        + " is " + mask.binary() + "; a mask's ones must all come before its zeros");
            }
        }
        return ones;
    }

    /** The mask of {@code prefix} ones as an address of {@code version}. */
    public static IpAddress of(int version, int prefix) {
        if (version == 4) {
            return new Ipv4Address(prefix == 0 ? 0 : -1 << (32 - prefix));
        }
        long hi = prefix == 0 ? 0 : prefix >= 64 ? -1L : -1L << (64 - prefix);
        long lo = prefix <= 64 ? 0 : prefix == 128 ? -1L : -1L << (128 - prefix);
        return new Ipv6Address(hi, lo);
    }
}
