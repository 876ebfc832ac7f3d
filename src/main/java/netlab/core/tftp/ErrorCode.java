package netlab.core.tftp;

/**
 * The error codes of an ERROR packet with the texts RFC 1350 (appendix, codes 0–7) and RFC 2347
 * (code 8) give them. A code outside 0–8 survives decoding as {@link #UNKNOWN}; the packet keeps
 * the number itself.
 */
public enum ErrorCode {
    NOT_DEFINED(0, "Not defined, see error message (if any)."),
    FILE_NOT_FOUND(1, "File not found."),
    ACCESS_VIOLATION(2, "Access violation."),
    DISK_FULL(3, "Disk full or allocation exceeded."),
    ILLEGAL_OPERATION(4, "Illegal TFTP operation."),
    UNKNOWN_TRANSFER_ID(5, "Unknown transfer ID."),
    FILE_EXISTS(6, "File already exists."),
    NO_SUCH_USER(7, "No such user."),
    OPTION_REFUSED(8, "Terminate transfer due to option negotiation."),
    /** A code no RFC assigns; {@link TftpPacket.Error#code()} holds the number. */
    UNKNOWN(-1, "Unknown error code.");

    private final int code;
    private final String text;

    ErrorCode(int code, String text) {
        this.code = code;
        this.text = text;
    }

    /** The wire value; -1 for {@link #UNKNOWN}. */
    public int code() {
        return code;
    }

    /** The RFC's text for this code. */
    public String text() {
        return text;
    }

    public static ErrorCode of(int code) {
        for (ErrorCode e : values()) {
            if (e.code == code && e != UNKNOWN) {
                return e;
            }
        }
        return UNKNOWN;
    }
}
