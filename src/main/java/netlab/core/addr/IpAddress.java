package netlab.core.addr;

import java.math.BigInteger;
import netlab.core.InvalidInputException;

/**
 * An IP address, version 4 (RFC 791, 32 bits) or version 6 (RFC 4291, 128 bits), as a number.
 * Parsing is strict and every refusal is one line naming the bad part and the rule.
 */
public sealed interface IpAddress permits Ipv4Address, Ipv6Address {
    /** 4 or 6. */
    int version();

    /** 32 or 128. */
    int bitLength();

    /** The address as an unsigned number. */
    BigInteger toBigInteger();

    /** Bits of the address, most significant first, in groups: {@code 11000000.10101000.…} or 16-bit groups joined by {@code :}. */
    String binary();

    /** The address of {@code version} whose number is {@code value} (taken modulo 2^bits). */
    static IpAddress of(int version, BigInteger value) {
        return version == 4 ? new Ipv4Address(value.intValue()) : Ipv6Address.of(value);
    }

    /** Parses an IPv4 address (dotted quad) or an IPv6 address (it has a colon). */
    static IpAddress parse(String text) {
        if (text.isEmpty()) {
            throw new InvalidInputException("not an IP address: \"\" (empty; write e.g. 192.168.1.10 or 2001:db8::1)");
        }
        return text.indexOf(':') >= 0 ? Ipv6Address.parse(text) : Ipv4Address.parse(text);
    }

    /**
     * Refuses spaces and non-ASCII characters (Unicode digits such as {@code ١} or {@code １} look like
     * digits but are not accepted: only ASCII 0-9 and, for IPv6, a-f).
     */
    static void checkCharacters(String text, String what, String example) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                throw new InvalidInputException("not " + what + ": " + InvalidInputException.quote(text)
                        + " (it contains a space; write it without spaces, e.g. " + example + ")");
            }
            if (cp > 0x7e || cp < 0x20) {
                String kind = Character.isDigit(cp) ? "the non-ASCII digit " : "the character ";
                throw new InvalidInputException("not " + what + ": " + InvalidInputException.quote(text)
                        + " (it uses " + kind + InvalidInputException.quote(new String(Character.toChars(cp)))
                        + "; only ASCII digits 0-9" + (what.contains("IPv6") || what.contains("IP address") ? ", a-f" : "")
                        + " and separators are allowed)");
            }
            i += Character.charCount(cp);
        }
    }
}
