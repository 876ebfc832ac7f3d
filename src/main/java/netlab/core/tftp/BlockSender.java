package netlab.core.tftp;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The side of a transfer that sends DATA: a server answering an RRQ, a client after its WRQ. No
 * sockets: it is told what arrived ({@link #onPacket}) or that the wait ran out
 * ({@link #onTimeout}) and answers with the packets to send.
 *
 * <ul>
 *   <li>Blocks are counted from 1 and roll over from 65535 to 0 on the wire ({@link BlockNumbers}).</li>
 *   <li>With windowsize W (RFC 7440) up to W blocks are in flight; an ACK for the last block of the
 *       window opens the next one; an ACK inside the window means the receiver lost the block after
 *       it, and sending starts again from there (go-back-N).</li>
 *   <li>An ACK for a block already acknowledged (a duplicate, or a stale one) is counted and ignored:
 *       it never causes a send. Answering it is the Sorcerer's Apprentice bug (RFC 1123 4.2.3.1),
 *       where every duplicate doubles the traffic. Only a timeout retransmits.</li>
 *   <li>After {@code maxRetries} timeouts in a row without progress the transfer fails.</li>
 *   <li>On loss the sender backs off, AIMD: its {@link #burst()} (how many DATA the transport puts
 *       on the wire back to back before a short pause) halves on a timeout or an ACK inside the
 *       window (min 1), and grows by one for each window acknowledged whole (up to the window).
 *       The window itself, the blocks sent before waiting for an ACK, never shrinks: an RFC 7440
 *       receiver (atftp, atftpd, curl, ours) acknowledges only when a whole window has arrived,
 *       at the last block, or when its own timeout runs out, so a sender that sent fewer blocks
 *       would leave it waiting seconds for that timeout. Pacing the same window in smaller bursts
 *       gives the receiver's socket time to drain (a burst larger than its buffer is what loses
 *       packets on a quiet loopback), and no peer ever waits for blocks that are not coming.</li>
 *   <li>The transfer is complete only when the last block (shorter than the block size, maybe
 *       empty) is acknowledged.</li>
 * </ul>
 * An optional opening packet (the server's OACK) is block 0: it is sent first and resent until ACK 0.
 */
public final class BlockSender extends TransferMachine {
    private final BlockSource source;
    private final TftpPacket opening;
    private final long lastIndex;
    private long acked;
    private long sentUpTo;
    private int retries;
    private byte[] scratch;
    private boolean direct;
    private int burst;

    /**
     * @param opening an OACK to be acknowledged with ACK 0 before DATA 1, or null to start with DATA 1
     */
    public BlockSender(BlockSource source, int blockSize, int window, int maxRetries, TftpPacket opening) {
        super(blockSize, window, maxRetries);
        this.source = source;
        this.opening = opening;
        this.lastIndex = BlockNumbers.blocksFor(source.size(), blockSize);
        this.acked = opening == null ? 0 : -1;
        this.burst = window;
    }

    /** What the blocks are read from. */
    public BlockSource source() {
        return source;
    }

    /**
     * How many DATA may go out back to back before the transport pauses briefly (the effective
     * window of the back-off, 1 to the window size): the window after a clean run, smaller after loss.
     */
    public int burst() {
        return burst;
    }

    /**
     * From now on DATA is answered as a {@link DataRun}: the transport reads each block from the
     * source into its own buffer as it sends it (and reports a failed read itself, with
     * {@link #abort}). Used when no packet is recorded, on the transfer's hot path.
     */
    public void sendDirectly() {
        direct = true;
    }

    /** The first packets: the opening OACK, or the first window of DATA. */
    @Override
    public Step start() {
        if (acked < 0) {
            stats.sent(1);
            return Step.send(opening);
        }
        return sendFrom(1);
    }

    @Override
    public Step onPacket(TftpPacket packet) {
        stats.received();
        if (state != TransferState.RUNNING) {
            if (packet instanceof TftpPacket.Ack) {
                stats.duplicate();
            }
            return Step.NOTHING;
        }
        return switch (packet) {
            case TftpPacket.Ack ack -> onAck(ack.block());
            case TftpPacket.Error error -> {
                fail(new TransferFailure(error, true, true));
                yield Step.NOTHING;
            }
            case TftpPacket.Data d -> illegal("DATA #" + d.block() + " sent to the side that sends the data");
            case TftpPacket.ReadRequest r -> illegal("RRQ on a transfer already running");
            case TftpPacket.WriteRequest w -> illegal("WRQ on a transfer already running");
            case TftpPacket.OptionAck o -> {
                if (opening != null) {
                    yield illegal("OACK sent to the side that sends the data");
                }
                // a client after its WRQ: the server's OACK again (duplicated, or resent because DATA 1
                // was lost) stands for ACK 0, and like any duplicate ACK it never causes a send
                stats.duplicate();
                yield Step.NOTHING;
            }
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
                    "no answer after " + maxRetries + " retransmissions"), false, false));
            return Step.NOTHING;
        }
        if (acked < 0) {
            stats.sent(1);
            stats.retransmitted(1);
            return Step.send(opening);
        }
        backOff();
        return sendFrom(acked + 1);
    }

    /** Loss seen: halve the burst (multiplicative decrease), at least 1. */
    private void backOff() {
        burst = Math.max(1, burst / 2);
    }

    private Step onAck(int block) {
        if (acked < 0) {
            if (block == 0) {
                acked = 0;
                retries = 0;
                return sendFrom(1);
            }
            stats.duplicate();
            return Step.NOTHING;
        }
        long index = BlockNumbers.forward(acked + 1, block);
        if (index > sentUpTo) {
            stats.duplicate();
            return Step.NOTHING;
        }
        if (index < sentUpTo) {
            backOff(); // an ACK inside the window: the receiver lost the block after it
        } else if (burst < window) {
            burst++; // the whole window arrived: additive increase
        }
        acked = index;
        retries = 0;
        if (acked == lastIndex) {
            state = TransferState.COMPLETE;
            return Step.NOTHING;
        }
        return sendFrom(acked + 1);
    }

    /** Sends blocks {@code first} to the end of the window; blocks sent before count as retransmissions. */
    private Step sendFrom(long first) {
        long end = Math.min(acked + window, lastIndex);
        if (direct && end >= first) {
            DataRun run = new DataRun(source, blockSize, first, (int) (end - first + 1));
            for (int i = 0; i < run.size(); i++) {
                if (first + i <= sentUpTo) {
                    stats.retransmitted(1);
                } else {
                    stats.bytes(run.length(i));
                }
            }
            sentUpTo = Math.max(sentUpTo, end);
            stats.sent(run.size());
            return Step.send(run);
        }
        List<TftpPacket> out = new ArrayList<>((int) Math.max(0, end - first + 1));
        for (long index = first; index <= end; index++) {
            byte[] payload;
            try {
                payload = block(index);
            } catch (IOException e) {
                TftpPacket.Error error = TftpPacket.Error.of(ErrorCode.NOT_DEFINED, "read failed: " + e.getMessage());
                fail(new TransferFailure(error, false, true));
                out.add(error);
                return Step.send(out);
            }
            out.add(new TftpPacket.Data(BlockNumbers.wire(index), payload));
            if (index <= sentUpTo) {
                stats.retransmitted(1);
            } else {
                stats.bytes(payload.length);
            }
        }
        sentUpTo = Math.max(sentUpTo, end);
        stats.sent(out.size());
        return Step.send(out);
    }

    private byte[] block(long index) throws IOException {
        long position = (index - 1) * blockSize;
        int length = (int) Math.min(blockSize, source.size() - position);
        // a full block is read into one reused array: the Data record keeps its own copy anyway
        byte[] payload = length == blockSize ? scratch() : new byte[length];
        int done = 0;
        while (done < length) {
            int n = source.read(position + done, payload, done, length - done);
            if (n <= 0) {
                throw new IOException("the file ended early, at byte " + (position + done));
            }
            done += n;
        }
        return payload;
    }

    private byte[] scratch() {
        if (scratch == null) {
            scratch = new byte[blockSize];
        }
        return scratch;
    }

    /** Index of the last block (the short or empty one). */
    public long lastIndex() {
        return lastIndex;
    }

    /** Highest block index acknowledged so far (0 before any). */
    public long acknowledged() {
        return Math.max(0, acked);
    }
}
