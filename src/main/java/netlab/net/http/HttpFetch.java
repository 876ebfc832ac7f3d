package netlab.net.http;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import netlab.core.http.HttpFormatException;
import netlab.core.http.HttpRequest;
import netlab.core.http.HttpResponse;
import netlab.core.http.HttpUrl;
import netlab.core.traffic.Action;
import netlab.core.traffic.TrafficLog;
import netlab.core.traffic.Transport;
import netlab.net.NetFailure;
import netlab.net.Scope;

/**
 * An HTTP/1.1 client written by hand over one TCP socket (RFC 9112): it resolves the host, connects,
 * writes each request's bytes, and reads each response by its framing. Several requests go over the
 * same connection (persistence); the last may ask {@code Connection: close}, and then the client
 * reads on until the server's FIN to show that the server closed.
 */
public final class HttpFetch {
    private static final int TIMEOUT_MS = 10_000;

    private final Scope scope;
    private final TrafficLog log;

    public HttpFetch(Scope scope, TrafficLog log) {
        this.scope = scope;
        this.log = log;
    }

    /** One request and what came back. */
    public record Round(HttpRequest request, HttpResponse response) {
    }

    /**
     * @param closedByServer true when the server closed the connection after the last response
     *                       (read returned end of stream)
     */
    public record Result(InetSocketAddress local, InetSocketAddress server, List<Round> rounds,
                         boolean closedByServer) {
        public Result {
            rounds = List.copyOf(rounds);
        }
    }

    /** Sends {@code count} GETs of {@code url} on one connection; the last says {@code Connection: close} when {@code close}. */
    public Result get(HttpUrl url, int count, boolean close) throws IOException {
        InetAddress address;
        try {
            address = InetAddress.getByName(url.host());
        } catch (UnknownHostException e) {
            throw new NetFailure(NetFailure.Kind.OTHER, "cannot resolve " + url.host()
                    + " (no such host, or no DNS server reachable; check the spelling; \"resolve " + url.host() + "\" shows what DNS says)", e);
        }
        InetSocketAddress server = new InetSocketAddress(address, url.port());
        Socket socket = scope.add(new Socket());
        try {
            socket.connect(server, TIMEOUT_MS);
            socket.setSoTimeout(TIMEOUT_MS);
        } catch (IOException e) {
            throw NetFailure.of(e, "connect", server);
        }
        InetSocketAddress local = (InetSocketAddress) socket.getLocalSocketAddress();
        log.role(local, "client");
        log.role(server, "server");
        log.record(Transport.TCP, Action.CONNECT, local, server, null, "");
        InputStream in = new BufferedInputStream(new Recording(socket.getInputStream(), server, local), 1 << 16);
        netlab.core.http.HttpReader reader = new netlab.core.http.HttpReader(in);
        List<Round> rounds = new ArrayList<>();
        try {
            for (int i = 1; i <= count; i++) {
                HttpRequest request = HttpRequest.get(url.hostHeader(), url.target(), close && i == count);
                byte[] bytes = request.bytes();
                log.record(Transport.TCP, Action.SEND, local, server, bytes, request.requestLine());
                socket.getOutputStream().write(bytes);
                socket.getOutputStream().flush();
                HttpResponse response = reader.readResponse(false);
                rounds.add(new Round(request, response));
                if (!response.keepsAlive(request)) {
                    break;
                }
            }
            boolean closed = false;
            Round last = rounds.get(rounds.size() - 1);
            if (!last.response().keepsAlive(last.request())) {
                closed = in.read() < 0;
            }
            log.record(Transport.TCP, Action.CLOSE, local, server, null, "");
            return new Result(local, server, rounds, closed);
        } catch (HttpFormatException e) {
            throw new NetFailure(NetFailure.Kind.OTHER, "not HTTP from " + NetFailure.name(server) + ": " + e.getMessage(), e);
        } catch (SocketTimeoutException e) {
            throw NetFailure.of(e, "waiting for the response", server);
        } catch (IOException e) {
            throw NetFailure.of(e, "reading the response", server);
        } finally {
            socket.close();
        }
    }

    /** Records what each read of the socket returned. */
    private final class Recording extends FilterInputStream {
        private final InetSocketAddress from;
        private final InetSocketAddress to;

        Recording(InputStream in, InetSocketAddress from, InetSocketAddress to) {
            super(in);
            this.from = from;
            this.to = to;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                log.record(Transport.TCP, Action.RECEIVE, from, to, Arrays.copyOfRange(b, off, off + n), "");
            } else if (n < 0) {
                log.record(Transport.TCP, Action.RECEIVE, from, to, null, "end of stream: the server closed");
            }
            return n;
        }
    }
}
