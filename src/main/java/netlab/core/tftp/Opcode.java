package netlab.core.tftp;

import java.util.Optional;

/** The first two bytes of every TFTP packet (RFC 1350 section 5; OACK from RFC 2347). */
public enum Opcode {
    RRQ(1, "read request"),
    WRQ(2, "write request"),
    DATA(3, "data"),
    ACK(4, "acknowledgment"),
    ERROR(5, "error"),
    OACK(6, "option acknowledgment");

    private final int code;
    private final String meaning;

    Opcode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    /** The opcode with wire value {@code code}, or empty for a value no RFC assigns. */
    public static Optional<Opcode> of(int code) {
        for (Opcode op : values()) {
            if (op.code == code) {
                return Optional.of(op);
            }
        }
        return Optional.empty();
    }
}
