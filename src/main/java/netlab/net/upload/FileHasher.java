package netlab.net.upload;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import netlab.net.Scope;

/**
 * Computes a file's SHA-256 in a thread of its own while another thread moves its bytes: the
 * sender hashes the file while the kernel sends it, the receiver hashes what has been written so
 * far while more arrives. Hashing then costs no time on the transfer's own thread. The mover
 * announces how far the file is ready with {@link #readyUpTo}; {@link #digest()} waits for the end.
 */
final class FileHasher {
    private static final int BUFFER = 1 << 20;

    private final Path file;
    private final long size;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition moved = lock.newCondition();
    private long ready;
    private boolean abandoned;
    private byte[] result;
    private IOException failure;

    private FileHasher(Path file, long size) {
        this.file = file;
        this.size = size;
    }

    /** Starts hashing {@code size} bytes of {@code file}, as far as {@link #readyUpTo} allows. */
    static FileHasher start(Scope scope, Path file, long size, long readyAlready) {
        FileHasher hasher = new FileHasher(file, size);
        hasher.ready = readyAlready;
        scope.start("sha256-" + file.getFileName(), hasher::run);
        return hasher;
    }

    /** The first {@code n} bytes of the file are in place. */
    void readyUpTo(long n) {
        lock.lock();
        try {
            ready = n;
            moved.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The transfer failed: stop hashing. */
    void abandon() {
        lock.lock();
        try {
            abandoned = true;
            moved.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Waits for the hash of all {@code size} bytes. */
    byte[] digest() throws IOException {
        lock.lock();
        try {
            while (result == null && failure == null) {
                moved.await();
            }
            if (failure != null) {
                throw failure;
            }
            return result.clone();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("stopped while hashing");
        } finally {
            lock.unlock();
        }
    }

    private void run() {
        MessageDigest digest = UploadReceiver.sha256();
        ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER);
        byte[] chunk = new byte[BUFFER];
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long done = 0;
            while (done < size) {
                long limit = waitFor(done);
                if (limit < 0) {
                    finish(null, null);
                    return;
                }
                buffer.clear().limit((int) Math.min(BUFFER, limit - done));
                int n = channel.read(buffer, done);
                if (n < 0) {
                    throw new IOException(file + " ended after " + done + " of " + size + " bytes");
                }
                buffer.flip();
                buffer.get(chunk, 0, n);
                digest.update(chunk, 0, n);
                done += n;
            }
            finish(digest.digest(), null);
        } catch (IOException e) {
            finish(null, e);
        } catch (InterruptedException e) {
            finish(null, new InterruptedIOException("stopped while hashing"));
        }
    }

    /** Waits until more than {@code done} bytes are ready; -1 when abandoned. */
    private long waitFor(long done) throws InterruptedException {
        lock.lock();
        try {
            while (ready <= done && !abandoned) {
                moved.await();
            }
            return abandoned ? -1 : ready;
        } finally {
            lock.unlock();
        }
    }

    private void finish(byte[] hash, IOException e) {
        lock.lock();
        try {
            result = hash;
            failure = e == null && hash == null ? new IOException("hashing stopped") : e;
            moved.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
