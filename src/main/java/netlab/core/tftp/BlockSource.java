package netlab.core.tftp;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * The bytes a {@link BlockSender} sends, read by position so any block can be read again for a
 * retransmission. A file opened for reading, or bytes in memory (netascii is converted first).
 */
public interface BlockSource {
    /** Total bytes to send. */
    long size();

    /** Reads up to {@code length} bytes at {@code position}; returns how many were read. */
    int read(long position, byte[] into, int offset, int length) throws IOException;

    /**
     * Copies up to {@code length} bytes at {@code position} into {@code into} (at its position, which
     * advances); returns how many. A transport that builds DATA in its own buffer reads through this,
     * so a block is copied once, from the file's buffer into the datagram.
     */
    default int read(long position, ByteBuffer into, int length) throws IOException {
        byte[] bytes = new byte[length];
        int n = read(position, bytes, 0, length);
        if (n > 0) {
            into.put(bytes, 0, n);
        }
        return n;
    }

    /** A source over bytes in memory. */
    static BlockSource of(byte[] bytes) {
        byte[] copy = bytes.clone();
        return new BlockSource() {
            @Override
            public long size() {
                return copy.length;
            }

            @Override
            public int read(long position, byte[] into, int offset, int length) {
                int n = (int) Math.max(0, Math.min(length, copy.length - position));
                System.arraycopy(copy, (int) position, into, offset, n);
                return n;
            }

            @Override
            public int read(long position, ByteBuffer into, int length) {
                int n = (int) Math.max(0, Math.min(length, copy.length - position));
                into.put(copy, (int) position, n);
                return n;
            }
        };
    }
}
