package netlab.net.load;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import netlab.core.framing.Framing;
import netlab.core.framing.FramingException;
import netlab.net.JoinedThreads;
import netlab.net.NetFailure;
import netlab.net.Scope;

/**
 * The seeds' {@code tcplink} server: an accept loop that hands every connection to its own thread,
 * which blocks in {@code read} until the client sends. With platform threads each connection
 * holds an operating-system thread; with virtual threads a blocked read parks the virtual thread
 * and frees its carrier for others.
 */
final class ThreadedLoadServer extends LoadServer {
    private final Scope scope;
    private final boolean virtual;
    private final Set<Socket> live = ConcurrentHashMap.newKeySet();
    private final AtomicInteger running = new AtomicInteger();
    private volatile boolean closing;
    private ServerSocket listener;
    private ExecutorService handlers;
    private final JoinedThreads platformThreads = new JoinedThreads(
            Thread.ofPlatform().name("load-platform-", 1).daemon(true).stackSize(256 * 1024).factory());

    ThreadedLoadServer(Scope scope, boolean virtual) {
        this.scope = scope;
        this.virtual = virtual;
    }

    @Override
    public boolean virtualThreads() {
        return virtual;
    }

    @Override
    public InetSocketAddress start(InetSocketAddress bindTo, int backlog) throws IOException {
        ThreadFactory factory = virtual ? Thread.ofVirtual().name("load-virtual-", 1).factory()
                : platformThreads;
        handlers = Executors.newThreadPerTaskExecutor(factory);
        listener = new ServerSocket();
        scope.add(this::stop);
        try {
            listener.bind(bindTo, backlog);
        } catch (BindException e) {
            throw NetFailure.bind(bindTo, "TCP", e);
        }
        scope.start("load-accept", this::acceptLoop);
        return (InetSocketAddress) listener.getLocalSocketAddress();
    }

    private void acceptLoop() {
        while (!closing) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException e) {
                return;
            }
            live.add(socket);
            opened();
            try {
                handlers.execute(() -> serve(socket));
            } catch (RejectedExecutionException e) {
                forget(socket);
                return;
            } catch (OutOfMemoryError e) {
                dropped("no thread for the connection (" + e.getMessage() + "): the system is out of threads");
                forget(socket);
            }
            if (closing) {
                forget(socket);
            }
        }
    }

    private void serve(Socket socket) {
        threadStarted(running.incrementAndGet());
        try (socket) {
            socket.setTcpNoDelay(true);
            DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 4096));
            OutputStream out = socket.getOutputStream();
            while (echo(in, out)) {
                echoedOne();
            }
        } catch (IOException e) {
            if (!closing) {
                dropped(e instanceof FramingException ? e.getMessage()
                        : NetFailure.of(e, "reading", (InetSocketAddress) socket.getRemoteSocketAddress()).getMessage());
            }
        } finally {
            running.decrementAndGet();
            forget(socket);
        }
    }

    /** Reads one framed message and writes it back; false at a clean end of stream between messages. */
    private static boolean echo(DataInputStream in, OutputStream out) throws IOException {
        int first = in.read();
        if (first < 0) {
            return false;
        }
        byte[] rest = new byte[Framing.PREFIX - 1];
        if (in.readNBytes(rest, 0, rest.length) < rest.length) {
            throw new FramingException("the client closed in the middle of a length prefix");
        }
        long length = ((long) first << 24) | ((rest[0] & 0xffL) << 16) | ((rest[1] & 0xffL) << 8) | (rest[2] & 0xffL);
        FramingException.checkLength(length, MAX_MESSAGE);
        byte[] body = in.readNBytes((int) length);
        if (body.length < length) {
            throw new FramingException("the client closed in the middle of a message (" + body.length + " of "
                    + length + " bytes arrived)");
        }
        out.write(ByteBuffer.allocate(Framing.PREFIX + body.length).putInt((int) length).put(body).array());
        return true;
    }

    private void forget(Socket socket) {
        if (live.remove(socket)) {
            closed();
            try {
                socket.close();
            } catch (IOException ignored) {
                // already closed by its handler
            }
        }
    }

    private void stop() throws IOException, InterruptedException {
        closing = true;
        listener.close();
        for (Socket socket : live) {
            forget(socket);
        }
        handlers.shutdownNow();
        handlers.awaitTermination(10, TimeUnit.SECONDS);
        platformThreads.join(1, TimeUnit.SECONDS);
    }
}
