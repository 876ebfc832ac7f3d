package netlab.net.tftp;

import java.nio.ByteBuffer;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Direct buffers kept for the next transfer. A fresh direct buffer is zeroed and its pages are
 * faulted in on first touch (hundreds of page faults for a 1 MiB file buffer); a transfer of
 * 10 MiB at 64 KiB blocks lasts a few milliseconds, so that cost showed. A few buffers of each
 * size are kept; more are left to the garbage collector.
 */
final class DirectBuffers {
    private static final int KEEP = 8;

    private final int size;
    private final ConcurrentLinkedQueue<ByteBuffer> spare = new ConcurrentLinkedQueue<>();
    private final AtomicInteger kept = new AtomicInteger();

    /** Datagram buffers: the largest DATA and one byte more (to see a datagram that is too long). */
    static final DirectBuffers DATAGRAMS = new DirectBuffers(netlab.core.tftp.TftpPacket.MAX_BLOCK + 4 + 1);
    /** File buffers for {@link FileBlocks}. */
    static final DirectBuffers FILES = new DirectBuffers(1 << 20);

    private DirectBuffers(int size) {
        this.size = size;
    }

    int size() {
        return size;
    }

    /** A cleared buffer of {@link #size()} bytes, owned by the caller until {@link #give}n back. */
    ByteBuffer take() {
        ByteBuffer b = spare.poll();
        if (b == null) {
            return ByteBuffer.allocateDirect(size);
        }
        kept.decrementAndGet();
        return b.clear();
    }

    /** Gives back a buffer from {@link #take()}; the caller must not touch it again. */
    void give(ByteBuffer b) {
        if (b != null && b.capacity() == size && kept.incrementAndGet() <= KEEP) {
            spare.offer(b);
        } else if (b != null) {
            kept.decrementAndGet();
        }
    }
}
