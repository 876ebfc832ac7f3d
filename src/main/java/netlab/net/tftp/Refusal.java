package netlab.net.tftp;

import netlab.core.tftp.ErrorCode;
import netlab.core.tftp.TftpPacket;

/** A request the server will not serve: the TFTP error to answer with, and why (for the server's log). */
public final class Refusal extends Exception {
    private final ErrorCode code;
    private final String reason;

    public Refusal(ErrorCode code, String reason) {
        super(reason);
        this.code = code;
        this.reason = reason;
    }

    public ErrorCode code() {
        return code;
    }

    public String reason() {
        return reason;
    }

    /** The ERROR packet sent to the client: the RFC text, then the reason. */
    public TftpPacket.Error packet() {
        return TftpPacket.Error.of(code, code.text().replaceAll("\\.$", "") + ": " + reason);
    }
}
