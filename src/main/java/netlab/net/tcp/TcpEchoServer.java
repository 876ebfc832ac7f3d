package netlab.net.tcp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import netlab.core.traffic.Action;
import netlab.core.traffic.TrafficLog;
import netlab.core.traffic.Transport;
import netlab.net.NetFailure;
import netlab.net.Scope;

/**
 * The seeds' threaded TCP server (RFC 9293 byte stream): for each connection it sends
 * {@code Welcome!}, answers every message {@code NAME} with {@code Hello, NAME!}, and closes on
 * {@code exit} or when the client closes. With one thread per connection every client is served
 * at once; with a single thread the next client waits until the one before has left.
 */
public final class TcpEchoServer {
    public static final String WELCOME = "Welcome!";
    public static final String EXIT = "exit";

    private final Scope scope;
    private final TrafficLog log;
    private final boolean threadPerClient;
    private final AtomicInteger clients = new AtomicInteger();
    private ServerSocket listener;
    private InetSocketAddress address;

    public TcpEchoServer(Scope scope, TrafficLog log, boolean threadPerClient) {
        this.scope = scope;
        this.log = log;
        this.threadPerClient = threadPerClient;
    }

    /** Binds and listens (backlog 5, as the seeds); port 0 takes any free port. */
    public InetSocketAddress start(InetSocketAddress bindTo) throws IOException {
        listener = scope.add(new ServerSocket());
        listener.setReuseAddress(false);
        try {
            listener.bind(bindTo, 5);
        } catch (BindException e) {
            throw NetFailure.bind(bindTo, "TCP", e);
        }
        address = (InetSocketAddress) listener.getLocalSocketAddress();
        scope.start("tcp-echo-accept", this::acceptLoop);
        return address;
    }

    public InetSocketAddress address() {
        return address;
    }

    /** How many connections were accepted so far. */
    public int accepted() {
        return clients.get();
    }

    private void acceptLoop() {
        try {
            while (!scope.cancelled()) {
                Socket socket = scope.add(listener.accept());
                InetSocketAddress peer = (InetSocketAddress) socket.getRemoteSocketAddress();
                int n = clients.incrementAndGet();
                log.record(Transport.TCP, Action.ACCEPT, peer, address, null, "");
                if (threadPerClient) {
                    scope.start("tcp-echo-client-" + n, () -> serve(socket, peer));
                } else {
                    serve(socket, peer);
                }
            }
        } catch (IOException | IllegalStateException e) {
            // the listening socket was closed: the server stops
        }
    }

    private void serve(Socket socket, InetSocketAddress peer) {
        InetSocketAddress local = (InetSocketAddress) socket.getLocalSocketAddress();
        try (socket) {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            write(out, local, peer, WELCOME);
            byte[] buffer = new byte[1024];
            while (true) {
                int n = in.read(buffer);
                if (n < 0) {
                    log.record(Transport.TCP, Action.RECEIVE, peer, local, null, "end of stream: the client closed");
                    break;
                }
                byte[] data = Arrays.copyOf(buffer, n);
                log.record(Transport.TCP, Action.RECEIVE, peer, local, data, "");
                String text = new String(data, StandardCharsets.UTF_8);
                if (text.equals(EXIT)) {
                    break;
                }
                write(out, local, peer, "Hello, " + text + "!");
            }
            log.record(Transport.TCP, Action.CLOSE, local, peer, null, "");
        } catch (SocketException e) {
            if (!scope.cancelled()) {
                log.note(NetFailure.of(e, "reading", peer).getMessage());
            }
        } catch (IOException e) {
            log.note("server: " + NetFailure.of(e, "serving", peer).getMessage());
        }
    }

    private void write(OutputStream out, InetSocketAddress local, InetSocketAddress peer, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        log.record(Transport.TCP, Action.SEND, local, peer, bytes, "");
        out.write(bytes);
        out.flush();
    }
}
