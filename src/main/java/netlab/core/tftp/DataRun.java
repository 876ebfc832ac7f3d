package netlab.core.tftp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * Consecutive DATA blocks of a {@link BlockSource}, described rather than built: a transport that
 * sends them itself reads each block straight into its datagram buffer ({@link #position},
 * {@link #length}, {@link #block}), with no packet object and no copy per block. As a list it
 * builds each {@link TftpPacket.Data} when asked, so code that only knows packets still works.
 * Immutable.
 */
public final class DataRun extends AbstractList<TftpPacket> implements RandomAccess {
    private final BlockSource source;
    private final int blockSize;
    private final long first;
    private final int count;

    DataRun(BlockSource source, int blockSize, long first, int count) {
        this.source = source;
        this.blockSize = blockSize;
        this.first = first;
        this.count = count;
    }

    public BlockSource source() {
        return source;
    }

    /** Block {@code i} of the run as numbered on the wire (rolled over past 65535). */
    public int block(int i) {
        return BlockNumbers.wire(first + i);
    }

    /** Where block {@code i} starts in the source. */
    public long position(int i) {
        return (first + i - 1) * blockSize;
    }

    /** Bytes in block {@code i}: the block size, less for the last block. */
    public int length(int i) {
        return (int) Math.min(blockSize, source.size() - position(i));
    }

    @Override
    public int size() {
        return count;
    }

    @Override
    public TftpPacket get(int i) {
        if (i < 0 || i >= count) {
            throw new IndexOutOfBoundsException(i);
        }
        byte[] payload = new byte[length(i)];
        try {
            int done = 0;
            while (done < payload.length) {
                int n = source.read(position(i) + done, payload, done, payload.length - done);
                if (n <= 0) {
                    throw new IOException("the file ended early, at byte " + (position(i) + done));
                }
                done += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TftpPacket.Data(block(i), payload);
    }
}
