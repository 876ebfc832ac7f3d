package netlab.net;

import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.Locale;

/**
 * A socket operation that failed, said in one line a learner can act on: a busy port, a refused
 * connection, a peer that closed or reset the connection, a timeout. The message names the
 * address and what to do instead.
 */
public final class NetFailure extends IOException {
    /** What went wrong, so callers and tests can tell the cases apart without reading text. */
    public enum Kind { BUSY_PORT, REFUSED, CLOSED_BY_PEER, RESET, UNREACHABLE, TIMEOUT, OTHER }

    private final Kind kind;

    public NetFailure(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** A failed bind: a busy port, or a privileged one (below 1024) for a user who is not root. */
    public static NetFailure bind(InetSocketAddress address, String protocol, IOException cause) {
        String m = cause.getMessage() == null ? "" : cause.getMessage();
        if (m.contains("Permission denied") || m.contains("Access denied")) {
            return new NetFailure(Kind.OTHER, "port " + address.getPort() + " is privileged: binding a port below 1024"
                    + " needs root (\"" + reason(cause, m) + "\"; use a port from 1024 up)", cause);
        }
        if (m.contains("assign requested address")) {
            return new NetFailure(Kind.OTHER, "cannot bind " + name(address) + ": that address is not on this machine"
                    + " (use 127.0.0.1 or ::1)", cause);
        }
        return busy(address, protocol, cause);
    }

    /** A busy port on bind. */
    public static NetFailure busy(InetSocketAddress address, String protocol, IOException cause) {
        return new NetFailure(Kind.BUSY_PORT, "port " + name(address) + " (" + protocol + ") is busy: \""
                + reason(cause, "Address already in use")
                + "\" (another socket holds it; pick another port, or 0 for any free one)", cause);
    }

    /** The peer closed its end while we still expected bytes. */
    public static NetFailure closed(InetSocketAddress peer) {
        return new NetFailure(Kind.CLOSED_BY_PEER, name(peer) + " closed the connection (read returned end of stream)", null);
    }

    /** Turns an exception from {@code op} on a socket talking to {@code peer} into one line. */
    public static NetFailure of(IOException e, String op, InetSocketAddress peer) {
        if (e instanceof NetFailure nf) {
            return nf;
        }
        String m = reason(e, "").toLowerCase(Locale.ROOT);
        if (e instanceof BindException) {
            return bind(peer, "TCP", e);
        }
        if (e instanceof ConnectException) {
            return new NetFailure(Kind.REFUSED, "connection refused by " + name(peer)
                    + " (nothing is listening there; start the server first)", e);
        }
        if (e instanceof PortUnreachableException) {
            return new NetFailure(Kind.UNREACHABLE, "port unreachable: nothing listens on " + name(peer)
                    + " (UDP; the kernel answered with ICMP port unreachable)", e);
        }
        if (e instanceof SocketTimeoutException) {
            return new NetFailure(Kind.TIMEOUT, op + " timed out waiting for " + name(peer), e);
        }
        if (e instanceof SocketException && m.contains("reset")) {
            return new NetFailure(Kind.RESET, "connection reset by " + name(peer)
                    + " (it closed abruptly with RST; Python calls this ConnectionResetError)", e);
        }
        if (e instanceof SocketException && (m.contains("broken pipe") || m.contains("closed by remote"))) {
            return new NetFailure(Kind.CLOSED_BY_PEER, name(peer) + " closed the connection before " + op
                    + " (broken pipe)", e);
        }
        return new NetFailure(Kind.OTHER, op + " with " + name(peer) + " failed: " + reason(e, e.getClass().getSimpleName()), e);
    }

    /** {@code 127.0.0.1:PORT} or {@code [::1]:PORT}. */
    public static String name(InetSocketAddress address) {
        if (address == null) {
            return "?";
        }
        String host = address.getAddress() == null ? address.getHostString()
                : address.getAddress() instanceof java.net.Inet6Address v6 ? netlab.core.addr.Ipv6Address.of(v6.getAddress()).toString()
                : address.getAddress().getHostAddress();
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort();
    }

    private static String reason(Throwable e, String fallback) {
        String m = e == null ? null : e.getMessage();
        if (m == null || m.isBlank()) {
            return fallback;
        }
        int paren = m.indexOf(" (");
        return paren > 0 && m.startsWith("Address already in use") ? m.substring(0, paren) : m;
    }
}
