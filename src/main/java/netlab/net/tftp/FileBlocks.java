package netlab.net.tftp;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import netlab.core.tftp.BlockSource;

/**
 * A file read for sending, 256 KiB at a time: one disk read serves hundreds of 512-byte blocks
 * instead of one system call per block. A retransmission that reaches back before the buffer
 * reads again from the file.
 */
final class FileBlocks implements BlockSource {
    private static final int CHUNK = 256 * 1024;

    private final FileChannel channel;
    private final long size;
    private final ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
    private long start = -1;
    private int length;

    FileBlocks(FileChannel channel) throws IOException {
        this.channel = channel;
        this.size = channel.size();
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public int read(long position, byte[] into, int offset, int want) throws IOException {
        if (want > CHUNK) {
            return channel.read(ByteBuffer.wrap(into, offset, want), position);
        }
        if (start < 0 || position < start || position + want > start + length) {
            fill(position);
        }
        int available = (int) Math.min(want, start + length - position);
        if (available <= 0) {
            return -1;
        }
        System.arraycopy(buffer.array(), (int) (position - start), into, offset, available);
        return available;
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
