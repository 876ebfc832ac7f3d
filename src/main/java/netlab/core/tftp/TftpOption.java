package netlab.core.tftp;

import java.util.Locale;
import java.util.Optional;

/**
 * The options the lab understands, with the value ranges their RFCs allow: blksize (RFC 2348),
 * timeout and tsize (RFC 2349), windowsize (RFC 7440). Any other option in a request is ignored,
 * as RFC 2347 says. Option names are case-insensitive on the wire.
 */
public enum TftpOption {
    BLKSIZE("blksize", 8, 65464, "bytes of data per DATA packet"),
    TIMEOUT("timeout", 1, 255, "seconds to wait before retransmitting"),
    TSIZE("tsize", 0, 999_999_999_999_999L, "size of the file in bytes"),
    WINDOWSIZE("windowsize", 1, 65535, "DATA packets sent before waiting for an ACK");

    private final String wireName;
    private final long min;
    private final long max;
    private final String meaning;

    TftpOption(String wireName, long min, long max, String meaning) {
        this.wireName = wireName;
        this.min = min;
        this.max = max;
        this.meaning = meaning;
    }

    public String wireName() {
        return wireName;
    }

    public long min() {
        return min;
    }

    public long max() {
        return max;
    }

    public String meaning() {
        return meaning;
    }

    public boolean allows(long value) {
        return value >= min && value <= max;
    }

    /** "8–65464", for messages. */
    public String range() {
        return this == TSIZE ? ">= 0" : min + "–" + max;
    }

    public static Optional<TftpOption> of(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (TftpOption o : values()) {
            if (o.wireName.equals(lower)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
