package netlab.core.addr;

import java.math.BigInteger;
import netlab.core.InvalidInputException;

/**
 * An IPv4 address (RFC 791): 32 bits, written as four decimal numbers 0–255 separated by dots.
 *
 * <p>Leading zeros ({@code 01.2.3.4}) are refused: {@code inet_aton} and many older tools read a
 * part with a leading zero as octal ({@code 010} = 8), so such an address means different things
 * to different programs. Python's {@code ipaddress} refuses them for the same reason.
 *
 * @param value the 32 bits, as a (possibly negative) Java int
 */
public record Ipv4Address(int value) implements IpAddress, Comparable<Ipv4Address> {
    private static final String EXAMPLE = "192.168.1.10";

    /** Parses a dotted quad: exactly four parts, each ASCII digits 0–255 with no leading zero. */
    public static Ipv4Address parse(String text) {
        if (text.isEmpty()) {
            throw bad(text, "empty; write four numbers 0–255 separated by dots, e.g. " + EXAMPLE);
        }
        IpAddress.checkCharacters(text, "an IPv4 address", EXAMPLE);
        int parts = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '.') {
                parts++;
            }
        }
        if (parts != 4) {
            throw bad(text, "it has " + parts + (parts == 1 ? " part" : " parts")
                    + "; an IPv4 address has four numbers 0–255 separated by dots, e.g. " + EXAMPLE);
        }
        int value = 0;
        int start = 0;
        for (int part = 1; part <= 4; part++) {
            int end = text.indexOf('.', start);
            if (end < 0) {
                end = text.length();
            }
            value = (value << 8) | octet(text, start, end, part);
            start = end + 1;
        }
        return new Ipv4Address(value);
    }

    private static int octet(String text, int start, int end, int part) {
        if (start == end) {
            throw bad(text, "part " + part + " is empty; each of the four parts is a number 0–255");
        }
        String digits = text.substring(start, end);
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                throw bad(text, "part " + part + " " + InvalidInputException.quote(digits)
                        + " is not a number; each part is a number 0–255");
            }
        }
        if (digits.length() > 1 && digits.charAt(0) == '0') {
            throw bad(text, "part " + part + " " + InvalidInputException.quote(digits)
                    + " has a leading zero; leading zeros are refused because some tools (inet_aton) read them as octal: 010 = 8");
        }
        if (digits.length() > 3 || Integer.parseInt(digits) > 255) {
            throw bad(text, "part " + part + " is " + digits + "; each part is 0–255");
        }
        return Integer.parseInt(digits);
    }

    private static InvalidInputException bad(String text, String why) {
        return new InvalidInputException("not an IPv4 address: " + InvalidInputException.quote(text) + " (" + why + ")");
    }

    /** The address whose 32 bits are the low bits of {@code bits}. */
    public static Ipv4Address ofLong(long bits) {
        return new Ipv4Address((int) bits);
    }

    /** The 32 bits as an unsigned number 0–4294967295. */
    public long unsigned() {
        return Integer.toUnsignedLong(value);
    }

    /** Part {@code i} (0–3) of the dotted quad. */
    public int octet(int i) {
        return (value >>> (24 - 8 * i)) & 0xff;
    }

    @Override
    public int version() {
        return 4;
    }

    @Override
    public int bitLength() {
        return 32;
    }

    @Override
    public BigInteger toBigInteger() {
        return BigInteger.valueOf(unsigned());
    }

    @Override
    public String binary() {
        StringBuilder sb = new StringBuilder(35);
        for (int i = 31; i >= 0; i--) {
            sb.append((value >>> i & 1) == 1 ? '1' : '0');
            if (i % 8 == 0 && i > 0) {
                sb.append('.');
            }
        }
        return sb.toString();
    }

    @Override
    public int compareTo(Ipv4Address other) {
        return Integer.compareUnsigned(value, other.value);
    }

    @Override
    public String toString() {
        return octet(0) + "." + octet(1) + "." + octet(2) + "." + octet(3);
    }
}
