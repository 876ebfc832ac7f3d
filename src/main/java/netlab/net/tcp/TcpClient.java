package netlab.net.tcp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import netlab.core.traffic.Action;
import netlab.core.traffic.TrafficLog;
import netlab.core.traffic.Transport;
import netlab.net.Loopback;
import netlab.net.NetFailure;
import netlab.net.Scope;

/**
 * One TCP client connection (RFC 9293) that records what it does: connect, each write, each
 * read (one read returns what has arrived, not one write of the peer), and close. Failures come
 * out as one-line {@link NetFailure}s.
 */
public final class TcpClient {
    private final TrafficLog log;
    private final Socket socket;
    private final InetSocketAddress server;
    private InetSocketAddress local;

    private TcpClient(TrafficLog log, Socket socket, InetSocketAddress server) {
        this.log = log;
        this.socket = socket;
        this.server = server;
    }

    /** A client socket bound to 127.0.0.1 on an ephemeral port, not yet connected. */
    public static TcpClient bound(Scope scope, TrafficLog log, InetSocketAddress server, String role) throws IOException {
        Socket socket = scope.add(new Socket());
        socket.bind(Loopback.v4(0));
        TcpClient client = new TcpClient(log, socket, server);
        client.local = (InetSocketAddress) socket.getLocalSocketAddress();
        if (role != null) {
            log.role(client.local, role);
        }
        return client;
    }

    public InetSocketAddress local() {
        return local;
    }

    public InetSocketAddress server() {
        return server;
    }

    public Socket socket() {
        return socket;
    }

    public void connect(int timeoutMillis) throws IOException {
        log.record(Transport.TCP, Action.CONNECT, local, server, null, "");
        try {
            socket.connect(server, timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
        } catch (IOException e) {
            throw NetFailure.of(e, "connect", server);
        }
    }

    public void write(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        log.record(Transport.TCP, Action.SEND, local, server, bytes, "");
        try {
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
        } catch (IOException e) {
            throw NetFailure.of(e, "write", server);
        }
    }

    /** One read of up to 1024 bytes; a closed peer is a {@link NetFailure}. */
    public String read() throws IOException {
        byte[] buffer = new byte[1024];
        int n;
        try {
            n = socket.getInputStream().read(buffer);
        } catch (IOException e) {
            throw NetFailure.of(e, "read", server);
        }
        if (n < 0) {
            throw NetFailure.closed(server);
        }
        byte[] data = Arrays.copyOf(buffer, n);
        log.record(Transport.TCP, Action.RECEIVE, server, local, data, "");
        return new String(data, StandardCharsets.UTF_8);
    }

    /** One read with a short timeout: empty when nothing arrived in time. */
    public java.util.Optional<String> poll(int millis) throws IOException {
        int before = socket.getSoTimeout();
        socket.setSoTimeout(millis);
        try {
            return java.util.Optional.of(read());
        } catch (NetFailure e) {
            if (e.kind() == NetFailure.Kind.TIMEOUT) {
                return java.util.Optional.empty();
            }
            throw e;
        } finally {
            socket.setSoTimeout(before);
        }
    }

    /** Reads until the peer closes (end of stream); true when it did. */
    public boolean awaitEnd() throws IOException {
        byte[] buffer = new byte[1024];
        try {
            int n;
            while ((n = socket.getInputStream().read(buffer)) >= 0) {
                log.record(Transport.TCP, Action.RECEIVE, server, local, Arrays.copyOf(buffer, n), "");
            }
            log.record(Transport.TCP, Action.RECEIVE, server, local, null, "end of stream: the server closed");
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            throw NetFailure.of(e, "read", server);
        }
    }

    /** An orderly close: the kernel sends FIN. */
    public void close() throws IOException {
        log.record(Transport.TCP, Action.CLOSE, local, server, null, "");
        socket.close();
    }

    /** An abortive close (SO_LINGER 0): the kernel sends RST instead of FIN. */
    public void abort() throws IOException {
        log.record(Transport.TCP, Action.CLOSE, local, server, null, "RST (SO_LINGER 0)");
        socket.setSoLinger(true, 0);
        socket.close();
    }
}
