package netlab.net.tftp;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import netlab.core.tftp.BlockSource;

/**
 * A file read for sending, up to 1 MiB at a time into a direct buffer: one disk read serves
 * thousands of 512-byte blocks (or 16 of 64 KiB) instead of one system call per block, and the
 * kernel copies straight into it (a heap buffer would cost a second copy). A retransmission that
 * reaches back before the buffer reads again from the file.
 */
final class FileBlocks implements BlockSource, AutoCloseable {

    /**
     * Blocks this large are read from the file straight into the datagram buffer: one read per
     * block costs less than copying the block once more from this buffer.
     */
    static final int DIRECT_READ = 8192;

    private final FileChannel channel;
    private final long size;
    private ByteBuffer buffer;
    private long start = -1;
    private int length;

    FileBlocks(FileChannel channel) throws IOException {
        this.channel = channel;
        this.size = channel.size();
        this.buffer = DirectBuffers.FILES.take();
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public int read(long position, byte[] into, int offset, int want) throws IOException {
        if (want > buffer.capacity()) {
            return channel.read(ByteBuffer.wrap(into, offset, want), position);
        }
        int available = fillFor(position, want);
        if (available > 0) {
            buffer.get((int) (position - start), into, offset, available);
        }
        return available;
    }

    @Override
    public int read(long position, ByteBuffer into, int want) throws IOException {
        if (want >= DIRECT_READ) {
            int n = channel.read(into.slice(into.position(), want), position);
            if (n > 0) {
                into.position(into.position() + n);
            }
            return n;
        }
        int available = fillFor(position, want);
        if (available > 0) {
            into.put(into.position(), buffer, (int) (position - start), available);
            into.position(into.position() + available);
        }
        return available;
    }

    /** Makes sure the buffer holds {@code want} bytes at {@code position}; returns how many it holds there (-1: none). */
    private int fillFor(long position, int want) throws IOException {
        if (start < 0 || position < start || position + want > start + length) {
            fill(position);
        }
        int available = (int) Math.min(want, start + length - position);
        return available <= 0 ? -1 : available;
    }

    /** Gives the buffer back for the next transfer; the source must not be read again. */
    @Override
    public void close() {
        DirectBuffers.FILES.give(buffer);
        buffer = null;
    }

    private void fill(long position) throws IOException {
        buffer.clear();
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, position + buffer.position());
            if (n < 0) {
                break;
            }
        }
        start = position;
        length = buffer.position();
    }
}
