package netlab.core.tftp;

/**
 * Why a transfer ended early: the ERROR packet that ended it and who sent it. A transfer that ran
 * out of retries carries an error 0 that was never on the wire ({@code onWire} false).
 *
 * @param error    the error code and message
 * @param fromPeer true when the other side sent the ERROR
 * @param onWire   true when the ERROR was (or will be) sent as a packet
 */
public record TransferFailure(TftpPacket.Error error, boolean fromPeer, boolean onWire) {
    /** "error 1: File not found." */
    public String describe() {
        String message = error.message().isEmpty() ? error.kind().text() : error.message();
        return "error " + error.code() + ": " + message;
    }
}
