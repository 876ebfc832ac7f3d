package netlab.net.upload;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.function.LongConsumer;
import netlab.core.upload.UploadFormatException;
import netlab.core.upload.UploadHeader;
import netlab.core.upload.UploadReply;
import netlab.net.NetFailure;
import netlab.net.Scope;

/**
 * The sending end of the lab's upload protocol: head, wait for READY, the file's bytes (hashed
 * with SHA-256 on the way out), the 32-byte digest, then the receiver's verdict.
 */
public final class UploadSender {
    private static final int BUFFER = 1 << 20;

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
        Socket socket = scope.add(new Socket());
        try {
            socket.connect(server, 5000);
            socket.setSoTimeout(UploadReceiver.IDLE_MS);
        } catch (IOException e) {
            throw NetFailure.of(e, "connect", server);
        }
        InetSocketAddress local = (InetSocketAddress) socket.getLocalSocketAddress();
        try (socket; InputStream file$ = Files.newInputStream(file)) {
            long start = System.nanoTime();
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 1 << 16);
            DataInputStream in = new DataInputStream(socket.getInputStream());
            out.write(header.bytes());
            out.flush();
            UploadReply ready = UploadReply.read(in);
            if (ready.status() != UploadReply.Status.READY) {
                return new Result(local, server, header, null, ready, System.nanoTime() - start);
            }
            MessageDigest digest = UploadReceiver.sha256();
            byte[] buffer = new byte[BUFFER];
            long sent = 0;
            while (sent < size) {
                int n = file$.read(buffer, 0, (int) Math.min(buffer.length, size - sent));
                if (n < 0) {
                    throw new IOException(file + " got shorter while it was sent (" + sent + " of " + size + " bytes)");
                }
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
                sent += n;
                progress.accept(sent);
            }
            byte[] sha = digest.digest();
            out.write(sha);
            out.flush();
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
        }
    }
}
