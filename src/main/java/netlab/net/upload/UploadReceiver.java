package netlab.net.upload;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import netlab.core.upload.UploadFormatException;
import netlab.core.upload.UploadHeader;
import netlab.core.upload.UploadReply;
import netlab.core.upload.UploadReply.Status;
import netlab.net.NetFailure;
import netlab.net.Scope;

/**
 * The receiving end of the lab's upload protocol ({@link UploadHeader}): one virtual thread per
 * connection, each upload written to a temporary file in the folder and renamed to its name only
 * when the SHA-256 the sender computed matches the one computed here. It refuses names that would
 * leave the folder, sizes over its limit or the free space, and existing files unless both sides
 * asked to overwrite. A client that drops mid-file or sends garbage costs it nothing but that
 * connection: the temporary file is deleted and the receiver goes on.
 */
public final class UploadReceiver {
    /** How long a connection may stay silent before the receiver gives up on it. */
    public static final int IDLE_MS = 30_000;
    /** Uploads served at the same time; more are refused with a one-line reason. */
    public static final int MAX_CONCURRENT = 64;
    private static final int BUFFER = 1 << 20;

    /** What happened to one connection. */
    public record Event(InetSocketAddress peer, Status status, String name, long size, String sha256, long nanos,
                        String message) {
    }

    private final Scope scope;
    private final Path dir;
    private final boolean force;
    private final long maxSize;
    private final Consumer<Event> onEvent;
    private final Semaphore slots = new Semaphore(MAX_CONCURRENT);
    private ServerSocket listener;

    public UploadReceiver(Scope scope, Path dir, boolean force, long maxSize, Consumer<Event> onEvent) {
        this.scope = scope;
        this.dir = dir.toAbsolutePath().normalize();
        this.force = force;
        this.maxSize = maxSize;
        this.onEvent = onEvent;
    }

    public InetSocketAddress start(InetSocketAddress bindTo) throws IOException {
        listener = scope.add(new ServerSocket());
        listener.setReuseAddress(true);
        try {
            listener.bind(bindTo, 1024);
        } catch (BindException e) {
            throw NetFailure.bind(bindTo, "TCP", e);
        }
        scope.acceptLoop("upload", listener, this::serve);
        return (InetSocketAddress) listener.getLocalSocketAddress();
    }

    public Path dir() {
        return dir;
    }

    private void serve(Socket socket) {
        InetSocketAddress peer = (InetSocketAddress) socket.getRemoteSocketAddress();
        long start = System.nanoTime();
        Path temp = null;
        UploadHeader header = null;
        boolean slot = slots.tryAcquire();
        try (socket) {
            socket.setSoTimeout(IDLE_MS);
            socket.setTcpNoDelay(true);
            InputStream raw = socket.getInputStream();
            DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
            OutputStream out = socket.getOutputStream();
            if (!slot) {
                refuse(out, peer, Status.REFUSED, null, "busy: " + MAX_CONCURRENT + " uploads are running; try again later");
                return;
            }
            try {
                header = UploadHeader.read(in, maxSize);
            } catch (UploadFormatException e) {
                refuse(out, peer, Status.REFUSED, null, e.getMessage());
                return;
            }
            Path target = dir.resolve(header.name()).normalize();
            if (!dir.equals(target.getParent())) {
                refuse(out, peer, Status.REFUSED, header, "the name would leave " + dir);
                return;
            }
            boolean overwrite = force && header.overwrite();
            if (Files.exists(target) && !overwrite) {
                refuse(out, peer, Status.EXISTS, header, header.name() + " already exists in " + dir + "; "
                        + (force ? "send with --force to replace it" : "the receiver never overwrites without its --force"));
                return;
            }
            long free = Files.getFileStore(dir).getUsableSpace();
            if (header.size() > free) {
                refuse(out, peer, Status.REFUSED, header, header.size() + " bytes do not fit: " + free + " bytes free in " + dir);
                return;
            }
            out.write(new UploadReply(Status.READY, "ready for " + header.size() + " bytes").bytes());
            out.flush();
            temp = Files.createFile(dir.resolve(".upload-" + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current()
                    .nextLong()) + ".part"));
            FileHasher hasher = FileHasher.start(scope, temp, header.size(), 0);
            long got;
            try {
                got = copy(in, temp, header.size(), hasher);
            } catch (IOException e) {
                hasher.abandon();
                throw e;
            }
            if (got < header.size()) {
                hasher.abandon();
                event(peer, Status.FAILED, header, start, "the sender closed after " + got + " of " + header.size()
                        + " bytes; the partial file was deleted");
                return;
            }
            byte[] claimed = new byte[UploadHeader.DIGEST_BYTES];
            in.readFully(claimed);
            byte[] actual = hasher.digest();
            String sha = HexFormat.of().formatHex(actual);
            if (!MessageDigest.isEqual(claimed, actual)) {
                refuse(out, peer, Status.CHECKSUM_MISMATCH, header, "SHA-256 mismatch: the sender says "
                        + HexFormat.of().formatHex(claimed) + ", the bytes that arrived give " + sha + "; nothing was saved");
                return;
            }
            if (!place(temp, target, overwrite)) {
                refuse(out, peer, Status.EXISTS, header, header.name() + " appeared in " + dir + " meanwhile; not overwritten");
                return;
            }
            temp = null;
            String message = "saved " + header.name() + ", " + header.size() + " bytes, SHA-256 " + sha;
            out.write(new UploadReply(Status.SAVED, message).bytes());
            out.flush();
            onEvent.accept(new Event(peer, Status.SAVED, header.name(), header.size(), sha, System.nanoTime() - start, message));
        } catch (EOFException e) {
            event(peer, Status.FAILED, header, start, "the sender closed in the middle of the "
                    + (header == null ? "head" : "upload") + "; nothing was saved");
        } catch (SocketTimeoutException e) {
            event(peer, Status.FAILED, header, start, "the sender went silent for " + IDLE_MS / 1000 + " s; nothing was saved");
        } catch (IOException e) {
            event(peer, Status.FAILED, header, start, (scope.cancelled() ? "stopped" : NetFailure.of(e, "receiving", peer).getMessage())
                    + "; nothing was saved");
        } finally {
            if (slot) {
                slots.release();
            }
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // best effort
                }
            }
        }
    }

    /** Renames the checked temporary file to its name; without overwrite, never replaces a file. */
    private static boolean place(Path temp, Path target, boolean overwrite) throws IOException {
        if (overwrite) {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return true;
        }
        try {
            Files.createLink(target, temp);
            Files.delete(temp);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException | IOException e) {
            try {
                Files.move(temp, target);
                return true;
            } catch (FileAlreadyExistsException again) {
                return false;
            }
        }
    }

    /** Copies the file's bytes from the socket to disk; the hasher follows behind in its own thread. */
    private static long copy(InputStream in, Path file, long size, FileHasher hasher) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long got = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            while (got < size) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, size - got));
                if (n < 0) {
                    break;
                }
                out.write(buffer, 0, n);
                got += n;
                hasher.readyUpTo(got);
            }
        }
        return got;
    }

    private void refuse(OutputStream out, InetSocketAddress peer, Status status, UploadHeader header, String message) {
        try {
            out.write(new UploadReply(status, message).bytes());
            out.flush();
        } catch (IOException ignored) {
            // the sender may be gone already
        }
        event(peer, status, header, System.nanoTime(), message);
    }

    private void event(InetSocketAddress peer, Status status, UploadHeader header, long start, String message) {
        onEvent.accept(new Event(peer, status, header == null ? null : header.name(), header == null ? -1 : header.size(),
                null, System.nanoTime() - start, message));
    }

    /**
     * Runs SHA-256 over 24 MiB of zeros so the JIT compiles it (with the CPU's SHA instructions)
     * before a large transfer is timed; a cold JVM otherwise hashes its first megabytes in the
     * interpreter. Costs about 0.1–0.2 s once per process.
     */
    public static void warmUp() {
        MessageDigest digest = sha256();
        byte[] zeros = new byte[1 << 20];
        for (int i = 0; i < 24; i++) {
            digest.update(zeros);
        }
        digest.digest();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
