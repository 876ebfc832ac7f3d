package netlab.core.tftp;

import java.util.List;

/**
 * The side of a transfer that receives DATA: a client after its RRQ, a server after a WRQ. No
 * sockets: it is told what arrived or that the wait ran out, and answers with ACKs to send and
 * file bytes to write.
 *
 * <ul>
 *   <li>Each block is written once, in order: a duplicate DATA (the sender timed out, or the network
 *       doubled it) is not written again, only acknowledged again so the sender can go on.</li>
 *   <li>With windowsize W (RFC 7440) the receiver acknowledges every W-th block; a block from
 *       further ahead (one was lost) is dropped and the last block received in order is
 *       acknowledged once, so the sender starts again from the gap.</li>
 *   <li>A DATA shorter than the block size is the last one; its ACK completes the transfer. After
 *       that the receiver dallies: a repeated last DATA (our ACK was lost) is acknowledged again.</li>
 *   <li>On a timeout the last ACK is sent again, at most {@code maxRetries} times in a row. The
 *       receiver's wait is {@link #patience} timeouts, longer than the sender's: see there.</li>
 * </ul>
 */
public final class BlockReceiver extends TransferMachine {
    private TftpPacket lastAnswer;
    private long expected = 1;
    private long lastAcked;
    private boolean gapAcknowledged;
    private int retries;

    /**
     * @param opening what acknowledges the request (ACK 0 or an OACK, for a server after a WRQ;
     *                ACK 0 for a client after an OACK), or null for a client whose RRQ was answered
     *                by DATA 1 directly
     */
    public BlockReceiver(int blockSize, int window, int maxRetries, TftpPacket opening) {
        super(blockSize, window, maxRetries);
        this.lastAnswer = opening;
    }

    /**
     * How long a receiver waits before it sends its last ACK again: two and a half of the sender's
     * timeouts. RFC 1350 lets both sides retransmit, and with equal timeouts both fire about the
     * same moment after a loss, so which one goes first is a race (a loss demo would show a
     * different ladder each run). Here the side that holds the data retransmits it; the receiver
     * answers a repeated DATA at once (that is how a lost ACK is repaired) and re-sends on its own
     * only when the sender seems to wait for something lost on the receiver's side (the server's
     * opening ACK 0 or OACK after a WRQ). The half timeout keeps its resends 0.5 timeouts away from
     * any of the sender's, which come at whole timeouts.
     */
    public static long patience(long timeoutMillis) {
        return timeoutMillis * 5 / 2;
    }

    /** The opening packet, if any. */
    @Override
    public Step start() {
        if (lastAnswer == null) {
            return Step.NOTHING;
        }
        stats.sent(1);
        return Step.send(lastAnswer);
    }

    @Override
    public Step onPacket(TftpPacket packet) {
        stats.received();
        if (state == TransferState.FAILED) {
            return Step.NOTHING;
        }
        return switch (packet) {
            case TftpPacket.Data data -> onData(data);
            case TftpPacket.Error error -> {
                if (state == TransferState.RUNNING) {
                    fail(new TransferFailure(error, true, true));
                }
                yield Step.NOTHING;
            }
            case TftpPacket.OptionAck o -> {
                if (state == TransferState.RUNNING && expected == 1 && lastAnswer instanceof TftpPacket.Ack) {
                    stats.duplicate();
                    yield again();
                }
                // a late copy of the OACK after DATA began (it was resent as ACK 0 crossed it): stale, ignored
                stats.duplicate();
                yield Step.NOTHING;
            }
            case TftpPacket.Ack a -> state == TransferState.RUNNING
                    ? illegal("ACK #" + a.block() + " sent to the side that receives the data") : Step.NOTHING;
            case TftpPacket.ReadRequest r -> state == TransferState.RUNNING ? illegal("RRQ on a transfer already running")
                    : Step.NOTHING;
            case TftpPacket.WriteRequest w -> state == TransferState.RUNNING ? illegal("WRQ on a transfer already running")
                    : Step.NOTHING;
        };
    }

    @Override
    public Step onTimeout() {
        if (state != TransferState.RUNNING) {
            return Step.NOTHING;
        }
        stats.timeout();
        if (++retries > maxRetries) {
            fail(new TransferFailure(TftpPacket.Error.of(ErrorCode.NOT_DEFINED,
                    "no DATA after " + maxRetries + " retransmissions"), false, false));
            return Step.NOTHING;
        }
        if (lastAnswer == null) {
            return Step.NOTHING;
        }
        stats.retransmitted(1);
        return again();
    }

    private Step onData(TftpPacket.Data data) {
        if (state == TransferState.COMPLETE) {
            if (data.block() == BlockNumbers.wire(lastAcked)) {
                stats.duplicate();
                return again();
            }
            return Step.NOTHING;
        }
        if (data.length() > blockSize) {
            return illegal("DATA #" + data.block() + " carries " + data.length() + " bytes, over the block size "
                    + blockSize);
        }
        long index = BlockNumbers.forward(expected, data.block());
        if (index == expected) {
            expected++;
            retries = 0;
            gapAcknowledged = false;
            stats.bytes(data.length());
            List<byte[]> write = data.length() == 0 ? List.of() : List.of(data.shared());
            if (data.length() < blockSize) {
                state = TransferState.COMPLETE;
                return new Step(List.of(ack(index)), write);
            }
            if (index - lastAcked >= window) {
                return new Step(List.of(ack(index)), write);
            }
            return new Step(List.of(), write);
        }
        long behind = (BlockNumbers.wire(expected) - data.block()) & 0xffff;
        if (behind <= 32768) {
            stats.duplicate();
            return lastAnswer == null ? Step.NOTHING : again();
        }
        if (!gapAcknowledged && lastAnswer != null) {
            gapAcknowledged = true;
            return Step.send(ack(expected - 1));
        }
        return Step.NOTHING;
    }

    private TftpPacket ack(long index) {
        lastAcked = index;
        lastAnswer = new TftpPacket.Ack(BlockNumbers.wire(index));
        stats.sent(1);
        return lastAnswer;
    }

    private Step again() {
        stats.sent(1);
        return Step.send(lastAnswer);
    }

    /** Blocks received in order so far. */
    public long received() {
        return expected - 1;
    }
}
