package netlab.core.tftp;

import java.util.Locale;
import java.util.Optional;

/**
 * The transfer mode named in a request (RFC 1350 section 1). {@code mail} is obsolete and refused;
 * mode names are case-insensitive on the wire.
 */
public enum Mode {
    /** Text: lines end in CR LF on the wire, a lone CR is sent as CR NUL (see {@link Netascii}). */
    NETASCII("netascii"),
    /** Raw 8-bit bytes, exactly as stored. */
    OCTET("octet");

    private final String wireName;

    Mode(String wireName) {
        this.wireName = wireName;
    }

    /** The name as sent in a request, lower case. */
    public String wireName() {
        return wireName;
    }

    public static Optional<Mode> of(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (Mode m : values()) {
            if (m.wireName.equals(lower)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
