package netlab.net.load;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import netlab.core.framing.Framing;
import netlab.core.load.Latencies;
import netlab.net.NetFailure;
import netlab.net.Scope;

/**
 * N clients, each on its own virtual thread, that first all connect (so N connections are open at
 * once), then each send M messages of B bytes one after the other, reading every echo and
 * comparing it byte for byte with what was sent. Each message's bytes depend on the client and
 * the message number, so an echo delivered to the wrong client or out of order is caught.
 */
public final class LoadClients {
    private final Scope scope;
    /** Connects in flight at once, at most: a burst of thousands of SYNs overflows the server's queues. */
    static final int CONNECTS_IN_FLIGHT = 256;

    /** How long one handshake may take before the client gives up on it and connects afresh. */
    static final int CONNECT_PATIENCE_MS = 2000;

    private final Set<Socket> live = ConcurrentHashMap.newKeySet();
    private final AtomicInteger retries = new AtomicInteger();
    private final java.util.concurrent.Semaphore connecting = new java.util.concurrent.Semaphore(CONNECTS_IN_FLIGHT);
    private volatile boolean stopping;

    public LoadClients(Scope scope) {
        this.scope = scope;
    }

    /**
     * What the clients saw.
     *
     * @param connected   clients whose connect() succeeded
     * @param connectRetries handshakes given up after {@link #CONNECT_PATIENCE_MS} and tried again
     * @param echoed      messages whose echo matched
     * @param elapsedNanos from the first connect to the last echo
     * @param connectNanos from the first connect until every client had connected (or failed to)
     * @param latencies   round-trip times of the matched messages
     * @param errors      clients that failed
     * @param firstError  the first failure in words, or empty
     * @param timedOut    true when the time limit stopped the run
     */
    public record Result(int connected, int connectRetries, long echoed, long elapsedNanos, long connectNanos,
                         Latencies latencies, int errors, String firstError, boolean timedOut) {
    }

    public Result run(InetSocketAddress server, int clients, int messages, int size, long timeoutMillis)
            throws IOException {
        long start = System.nanoTime();
        long deadline = start + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        long[] samples = new long[Math.multiplyExact(clients, messages)];
        int[] done = new int[clients];
        AtomicInteger connected = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicLong echoed = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>("");
        CountDownLatch allConnected = new CountDownLatch(clients);
        CountDownLatch finished = new CountDownLatch(clients);
        ExecutorService executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("load-client-", 1).factory());
        scope.add(this::stop);
        scope.add(executor);
        for (int c = 0; c < clients; c++) {
            int client = c;
            executor.execute(() -> {
                try {
                    done[client] = talk(server, client, messages, size, deadline, allConnected, connected, samples);
                    echoed.addAndGet(done[client]);
                } catch (IOException | RuntimeException e) {
                    errors.incrementAndGet();
                    firstError.compareAndSet("", "client " + (client + 1) + ": " + describe(e, server, deadline));
                } finally {
                    finished.countDown();
                }
            });
        }
        await(allConnected, deadline);
        long connectTime = System.nanoTime() - start;
        boolean timedOut = !await(finished, deadline);
        long elapsed = System.nanoTime() - start;
        stop();
        if (timedOut) {
            await(finished, System.nanoTime() + TimeUnit.SECONDS.toNanos(5));
        }
        long[] matched = new long[(int) Math.min(samples.length, echoed.get())];
        int n = 0;
        for (int c = 0; c < clients && n < matched.length; c++) {
            for (int m = 0; m < done[c] && n < matched.length; m++) {
                matched[n++] = samples[c * messages + m];
            }
        }
        int failed = timedOut ? clients - countComplete(done, messages) : errors.get();
        return new Result(connected.get(), retries.get(), echoed.get(), elapsed, Math.min(connectTime, elapsed), Latencies.of(matched, n), failed, firstError.get(),
                timedOut);
    }

    private int talk(InetSocketAddress server, int client, int messages, int size, long deadline,
                     CountDownLatch allConnected, AtomicInteger connected, long[] samples) throws IOException {
        Socket socket;
        try {
            socket = connect(server, deadline);
            connected.incrementAndGet();
        } finally {
            allConnected.countDown();
        }
        try (socket) {
            if (!await(allConnected, deadline)) {
                throw new SocketTimeoutException("the other clients were still connecting");
            }
            socket.setSoTimeout(remainingMillis(deadline));
            DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream(),
                    Framing.PREFIX + size));
            OutputStream out = socket.getOutputStream();
            byte[] frame = new byte[Framing.PREFIX + size];
            byte[] back = new byte[frame.length];
            for (int m = 0; m < messages; m++) {
                fill(frame, client, m, size);
                long sent = System.nanoTime();
                out.write(frame);
                in.readFully(back);
                samples[client * messages + m] = System.nanoTime() - sent;
                int wrong = mismatch(frame, back);
                if (wrong >= 0) {
                    throw new IOException(String.format("message %d byte %d came back as 0x%02x, not 0x%02x", m + 1, wrong,
                            back[wrong] & 0xff, frame[wrong] & 0xff));
                }
            }
            socket.shutdownOutput();
            if (in.read() >= 0) {
                throw new IOException("the server sent bytes nobody asked for");
            }
            return messages;
        } finally {
            live.remove(socket);
        }
    }

    /**
     * Connects, trying again with a new socket when a handshake takes longer than
     * {@link #CONNECT_PATIENCE_MS}: a SYN that met a full accept queue was dropped, and the kernel
     * would wait 1, 3, 7, 15… seconds before sending it again.
     */
    private Socket connect(InetSocketAddress server, long deadline) throws IOException {
        try {
            connecting.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("stopped");
        }
        try {
            while (true) {
                Socket socket = new Socket();
                live.add(socket);
                if (stopping) {
                    socket.close();
                    throw new IOException("stopped");
                }
                try {
                    socket.setTcpNoDelay(true);
                    socket.connect(server, Math.min(CONNECT_PATIENCE_MS, remainingMillis(deadline)));
                    return socket;
                } catch (SocketTimeoutException e) {
                    live.remove(socket);
                    socket.close();
                    if (System.nanoTime() >= deadline || stopping) {
                        throw e;
                    }
                    retries.incrementAndGet();
                } catch (IOException | RuntimeException e) {
                    live.remove(socket);
                    socket.close();
                    throw e;
                }
            }
        } finally {
            connecting.release();
        }
    }

    /** Message {@code m} of client {@code c}: its length, then bytes that depend on c, m and the position. */
    static void fill(byte[] frame, int client, int message, int size) {
        frame[0] = (byte) (size >>> 24);
        frame[1] = (byte) (size >>> 16);
        frame[2] = (byte) (size >>> 8);
        frame[3] = (byte) size;
        int seed = client * 131 + message * 31;
        for (int i = 0; i < size; i++) {
            frame[Framing.PREFIX + i] = (byte) (seed + i * 7);
        }
    }

    private static int mismatch(byte[] a, byte[] b) {
        return java.util.Arrays.mismatch(a, b);
    }

    private static int countComplete(int[] done, int messages) {
        int n = 0;
        for (int d : done) {
            n += d == messages ? 1 : 0;
        }
        return n;
    }

    private String describe(Exception e, InetSocketAddress server, long deadline) {
        if (stopping && System.nanoTime() >= deadline) {
            return "stopped by the time limit";
        }
        if (e instanceof IOException io) {
            return NetFailure.of(io, "echoing", server).getMessage();
        }
        return e.toString();
    }

    private static int remainingMillis(long deadline) {
        return (int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
    }

    private boolean await(CountDownLatch latch, long deadline) {
        try {
            while (!stopping && !scope.cancelled()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return latch.getCount() == 0;
                }
                if (latch.await(Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)), TimeUnit.NANOSECONDS)) {
                    return true;
                }
            }
            return latch.getCount() == 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Closes every client socket still open: blocked connects and reads return at once. */
    private void stop() {
        stopping = true;
        for (Socket socket : live) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // best effort
            }
        }
    }
}
