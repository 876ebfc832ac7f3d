package netlab.core.tftp;

import java.io.IOException;

/**
 * The bytes a {@link BlockSender} sends, read by position so any block can be read again for a
 * retransmission. A file opened for reading, or bytes in memory (netascii is converted first).
 */
public interface BlockSource {
    /** Total bytes to send. */
    long size();

    /** Reads up to {@code length} bytes at {@code position}; returns how many were read. */
    int read(long position, byte[] into, int offset, int length) throws IOException;

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
        };
    }
}
