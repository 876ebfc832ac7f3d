package netlab.net.tftp;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** File bytes gathered 256 KiB at a time before a write, instead of one system call per block. */
final class BufferedWriter {
    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(256 * 1024);

    BufferedWriter(FileChannel channel) {
        this.channel = channel;
    }

    void write(byte[] bytes) throws IOException {
        if (bytes.length > buffer.remaining()) {
            flush();
        }
        if (bytes.length > buffer.capacity()) {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            while (b.hasRemaining()) {
                channel.write(b);
            }
            return;
        }
        buffer.put(bytes);
    }

    void flush() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        buffer.clear();
    }
}
