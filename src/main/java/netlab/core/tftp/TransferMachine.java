package netlab.core.tftp;

import java.util.Optional;

/**
 * One side of a transfer as a state machine with no sockets: told what arrived or that the wait
 * ran out, it answers with a {@link Step}. The transport (netlab.net.tftp) owns the socket and
 * the clock.
 */
public abstract sealed class TransferMachine permits BlockSender, BlockReceiver {
    protected final TransferStats stats = new TransferStats();
    protected TransferState state = TransferState.RUNNING;
    private TransferFailure failure;
    /** Bytes per DATA (RFC 2348), blocks per window (RFC 7440), timeouts in a row before giving up. */
    protected final int blockSize;
    protected final int window;
    protected final int maxRetries;

    TransferMachine(int blockSize, int window, int maxRetries) {
        if (!TftpOption.BLKSIZE.allows(blockSize)) {
            throw new IllegalArgumentException("block size must be 8–65464, got " + blockSize);
        }
        if (!TftpOption.WINDOWSIZE.allows(window)) {
            throw new IllegalArgumentException("window size must be 1–65535, got " + window);
        }
        this.blockSize = blockSize;
        this.window = window;
        this.maxRetries = maxRetries;
    }

    public final int blockSize() {
        return blockSize;
    }

    public final int window() {
        return window;
    }

    /** The first packets to send (an OACK, ACK 0 or the first window), possibly none. */
    public abstract Step start();

    public abstract Step onPacket(TftpPacket packet);

    /** The wait for the peer ran out: what to send again, or failure after too many retries. */
    public abstract Step onTimeout();

    public final TransferState state() {
        return state;
    }

    public final Optional<TransferFailure> failure() {
        return Optional.ofNullable(failure);
    }

    public final TransferStats stats() {
        return stats;
    }

    /** Gives up from outside (e.g. the file could not be written): the ERROR to send ends the transfer. */
    public final Step abort(TftpPacket.Error error) {
        if (state == TransferState.FAILED) {
            return Step.NOTHING;
        }
        fail(new TransferFailure(error, false, true));
        stats.sent(1);
        return Step.send(error);
    }

    /** A packet that has no place in this transfer: error 4 (RFC 1350) ends it. */
    protected final Step illegal(String what) {
        TftpPacket.Error error = TftpPacket.Error.of(ErrorCode.ILLEGAL_OPERATION, "Illegal TFTP operation: " + what);
        fail(new TransferFailure(error, false, true));
        stats.sent(1);
        return Step.send(error);
    }

    protected final void fail(TransferFailure f) {
        state = TransferState.FAILED;
        failure = f;
    }
}
