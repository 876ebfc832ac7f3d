package netlab.net;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Everything one demo opened: sockets, servers, executors and threads. Closing the scope closes
 * them all, newest first, interrupts and joins the threads, and so leaves nothing behind — on a
 * normal end, on an error, and on Ctrl-C ({@link #cancel()} may be called from another thread).
 *
 * <p>Closing a socket is what unblocks a thread that sits in {@code accept} or {@code receive};
 * that is why demos register their sockets here rather than relying on interrupts alone.
 */
public final class Scope implements AutoCloseable {
    private final Deque<AutoCloseable> resources = new ArrayDeque<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean cancelled;
    private boolean closed;

    /** Registers a resource to close with the scope and returns it. */
    public synchronized <T extends AutoCloseable> T add(T resource) {
        if (closed) {
            closeQuietly(resource);
            throw new IllegalStateException("the demo was stopped");
        }
        resources.push(resource);
        return resource;
    }

    /** Registers an executor: shut down now (threads interrupted) when the scope closes. */
    public ExecutorService add(ExecutorService executor) {
        add((AutoCloseable) () -> {
            executor.shutdownNow();
            executor.awaitTermination(2, TimeUnit.SECONDS);
        });
        return executor;
    }

    /**
     * Accepts connections on {@code listener} in a thread of the scope and serves each one with
     * {@code serve} in a virtual thread of its own ({@code NAME-conn-N}), until the listener is
     * closed or the scope cancelled. The caller registers {@code listener} with the scope.
     */
    public void acceptLoop(String name, ServerSocket listener, Consumer<Socket> serve) {
        ExecutorService connections = add(Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name(name + "-conn-", 1).factory()));
        start(name + "-accept", () -> {
            try {
                while (!cancelled) {
                    Socket socket = listener.accept();
                    try {
                        connections.execute(() -> serve.accept(socket));
                    } catch (RuntimeException rejected) {
                        socket.close();
                        return;
                    }
                }
            } catch (IOException | IllegalStateException e) {
                // the listening socket was closed: the server stops
            }
        });
    }

    /** Starts a platform thread that belongs to the scope; it is interrupted and joined on close. */
    public Thread start(String name, Runnable task) {
        Thread thread = Thread.ofPlatform().name(name).daemon(true).unstarted(task);
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the demo was stopped");
            }
            threads.add(thread);
        }
        thread.start();
        return thread;
    }

    /** True once Ctrl-C (or another thread) asked the demo to stop. */
    public boolean cancelled() {
        return cancelled;
    }

    /** Asks the demo to stop: closes everything so blocked calls return at once. */
    public void cancel() {
        cancelled = true;
        close();
    }

    @Override
    public void close() {
        List<AutoCloseable> toClose;
        List<Thread> toJoin;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            toClose = new ArrayList<>(resources);
            resources.clear();
            toJoin = new ArrayList<>(threads);
            threads.clear();
        }
        for (AutoCloseable resource : toClose) {
            closeQuietly(resource);
        }
        Thread self = Thread.currentThread();
        for (Thread thread : toJoin) {
            if (thread != self) {
                thread.interrupt();
            }
        }
        for (Thread thread : toJoin) {
            if (thread == self) {
                continue;
            }
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception ignored) {
            // closing is best effort: the resource may already be closed by its own thread
        }
    }
}
