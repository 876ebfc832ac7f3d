package netlab.net.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import netlab.net.Scope;

/**
 * An echo server for load runs: every message is a 4-byte big-endian length and that many bytes,
 * and comes back unchanged. A connection that breaks off mid-message or sends a length the server
 * will not accept is closed and counted; every other connection goes on being served.
 */
public abstract sealed class LoadServer permits ThreadedLoadServer, SelectorLoadServer {
    /** The largest message the server accepts (bytes after the length prefix). */
    public static final int MAX_MESSAGE = 1 << 20;

    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();
    private final AtomicInteger dropped = new AtomicInteger();
    private final AtomicLong echoed = new AtomicLong();
    private final AtomicReference<String> lastDrop = new AtomicReference<>("");

    /** A server of the given model; it is closed with {@code scope}. */
    public static LoadServer of(EchoModel model, Scope scope) {
        return switch (model) {
            case PLATFORM -> new ThreadedLoadServer(scope, false);
            case VIRTUAL -> new ThreadedLoadServer(scope, true);
            case NIO -> new SelectorLoadServer(scope);
        };
    }

    /** Binds, listens with the given accept backlog, and starts serving. */
    public abstract InetSocketAddress start(InetSocketAddress bindTo, int backlog) throws IOException;

    /** True when the threads serving connections are virtual. */
    public abstract boolean virtualThreads();

    /** Connections accepted so far. */
    public int accepted() {
        return accepted.get();
    }

    /** Connections open now. */
    public int active() {
        return active.get();
    }

    /** Most threads serving connections at once (1 for the selector). */
    public int peakThreads() {
        return peak.get();
    }

    /** Connections closed because of the peer: broken off mid-message, reset, bad framing. */
    public int dropped() {
        return dropped.get();
    }

    /** Messages echoed. */
    public long echoed() {
        return echoed.get();
    }

    /** Why the last dropped connection was dropped, or empty. */
    public String lastDrop() {
        return lastDrop.get();
    }

    protected void opened() {
        accepted.incrementAndGet();
        active.incrementAndGet();
    }

    protected void closed() {
        active.decrementAndGet();
    }

    protected void threadStarted(int running) {
        peak.accumulateAndGet(running, Math::max);
    }

    protected void echoedOne() {
        echoed.incrementAndGet();
    }

    protected void dropped(String why) {
        dropped.incrementAndGet();
        lastDrop.set(why);
    }
}
