package netlab.net.upload;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.StandardOpenOption;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.function.LongConsumer;
import netlab.core.upload.UploadFormatException;
import netlab.core.upload.UploadHeader;
import netlab.core.upload.UploadReply;
import netlab.net.NetFailure;
import netlab.net.Scope;

/**
 * The sending end of the lab's upload protocol: head, wait for READY, the file's bytes, the
 * 32-byte SHA-256, then the receiver's verdict. The kernel copies the file straight from the page
 * cache to the socket ({@code transferTo}, sendfile) while a second thread hashes it.
 */
public final class UploadSender {
    /** Bytes per transferTo call (the kernel copies them from the page cache to the socket: sendfile). */
    private static final long CHUNK = 4L << 20;

    /**
     * @param nanos time from the first byte of the head to the receiver's verdict (the transfer;
     *              no JVM start-up, no connect)
     */
    public record Result(InetSocketAddress local, InetSocketAddress server, UploadHeader header, String sha256,
                         UploadReply verdict, long nanos) {
    }

    private final Scope scope;

    public UploadSender(Scope scope) {
        this.scope = scope;
    }

    /** Sends {@code file} as {@code name}; {@code progress} gets the bytes sent so far. */
    public Result send(InetSocketAddress server, Path file, String name, boolean overwrite, LongConsumer progress)
            throws IOException {
        long size = Files.size(file);
        UploadHeader header = new UploadHeader(name, size, overwrite);
        SocketChannel channel = scope.add(SocketChannel.open());
        Socket socket = channel.socket();
        try {
            socket.connect(server, 5000);
            socket.setSoTimeout(UploadReceiver.IDLE_MS);
            socket.setTcpNoDelay(true);
        } catch (IOException e) {
            throw NetFailure.of(e, "connect", server);
        }
        InetSocketAddress local = (InetSocketAddress) socket.getLocalSocketAddress();
        FileHasher hasher = null;
        try (channel; FileChannel source = FileChannel.open(file, StandardOpenOption.READ)) {
            long start = System.nanoTime();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            writeAll(channel, ByteBuffer.wrap(header.bytes()));
            UploadReply ready = UploadReply.read(in);
            if (ready.status() != UploadReply.Status.READY) {
                return new Result(local, server, header, null, ready, System.nanoTime() - start);
            }
            hasher = FileHasher.start(scope, file, size, size);
            long sent = 0;
            while (sent < size) {
                long n = source.transferTo(sent, Math.min(CHUNK, size - sent), channel);
                if (n <= 0 && source.size() <= sent) {
                    throw new IOException(file + " got shorter while it was sent (" + sent + " of " + size + " bytes)");
                }
                sent += n;
                progress.accept(sent);
            }
            byte[] sha = hasher.digest();
            writeAll(channel, ByteBuffer.wrap(sha));
            UploadReply verdict = UploadReply.read(in);
            return new Result(local, server, header, HexFormat.of().formatHex(sha), verdict, System.nanoTime() - start);
        } catch (EOFException e) {
            throw new NetFailure(NetFailure.Kind.CLOSED_BY_PEER, NetFailure.name(server)
                    + " closed the connection without an answer (is it an upload receiver? \"tcp receive\" is)", e);
        } catch (UploadFormatException e) {
            throw new NetFailure(NetFailure.Kind.OTHER, "not an upload receiver at " + NetFailure.name(server) + ": " + e.getMessage(), e);
        } catch (NetFailure e) {
            throw e;
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().contains("got shorter")) {
                throw e;
            }
            throw NetFailure.of(e, "sending", server);
        } finally {
            if (hasher != null) {
                hasher.abandon();
            }
        }
    }

    private static void writeAll(SocketChannel channel, ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }
}
