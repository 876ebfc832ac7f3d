package netlab.core.wire;

import java.util.Locale;
import netlab.core.InvalidInputException;

/**
 * A 48-bit IEEE 802 MAC address, as Ethernet II frames carry it. Bit 1 of the first byte set
 * means "locally administered" (not burnt in by a manufacturer), as the lab's made-up addresses
 * {@code 02:00:00:00:00:01} are.
 *
 * @param value the 48 bits, most significant byte first
 */
public record MacAddress(long value) {
    public static final MacAddress BROADCAST = new MacAddress(0xffff_ffff_ffffL);

    public MacAddress {
        if (value < 0 || value > 0xffff_ffff_ffffL) {
            throw new IllegalArgumentException("a MAC address has 48 bits, got " + Long.toHexString(value));
        }
    }

    public static MacAddress of(byte[] bytes, int offset) {
        long v = 0;
        for (int i = 0; i < 6; i++) {
            v = v << 8 | (bytes[offset + i] & 0xff);
        }
        return new MacAddress(v);
    }

    /** Reads {@code 02:00:00:00:00:01} (colons or dashes). */
    public static MacAddress parse(String text) {
        String[] parts = text.split("[:-]", -1);
        if (parts.length != 6) {
            throw bad(text);
        }
        long v = 0;
        for (String part : parts) {
            if (part.length() != 2 || Character.digit(part.charAt(0), 16) < 0 || Character.digit(part.charAt(1), 16) < 0) {
                throw bad(text);
            }
            v = v << 8 | Integer.parseInt(part, 16);
        }
        return new MacAddress(v);
    }

    private static InvalidInputException bad(String text) {
        return new InvalidInputException("not a MAC address: " + InvalidInputException.quote(text)
                + " (six two-digit hex bytes, e.g. 02:00:00:00:00:01)");
    }

    public void writeTo(byte[] out, int offset) {
        for (int i = 0; i < 6; i++) {
            out[offset + i] = (byte) (value >>> (40 - 8 * i));
        }
    }

    public boolean locallyAdministered() {
        return (value >>> 40 & 0x02) != 0;
    }

    public boolean multicast() {
        return (value >>> 40 & 0x01) != 0;
    }

    /** What kind of address it is, for an annotation. */
    public String kind() {
        if (equals(BROADCAST)) {
            return "broadcast";
        }
        if (multicast()) {
            return "multicast";
        }
        return locallyAdministered() ? "locally administered" : "globally unique";
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            if (i > 0) {
                sb.append(':');
            }
            sb.append(String.format(Locale.ROOT, "%02x", value >>> (40 - 8 * i) & 0xff));
        }
        return sb.toString();
    }
}
