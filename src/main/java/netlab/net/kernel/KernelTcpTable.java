package netlab.net.kernel;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import netlab.core.kernel.KernelSocket;
import netlab.core.kernel.ProcNetTcp;

/**
 * The kernel's table of TCP sockets, read from {@code /proc/net/tcp} and {@code /proc/net/tcp6}
 * (Linux; readable by every user). Elsewhere {@link #available()} is false and demos say so.
 */
public final class KernelTcpTable {
    private static final Path TCP = Path.of("/proc/net/tcp");
    private static final Path TCP6 = Path.of("/proc/net/tcp6");

    private KernelTcpTable() {
    }

    public static boolean available() {
        return Files.isReadable(TCP);
    }

    /** Every TCP socket of this machine now. */
    public static List<KernelSocket> all() throws IOException {
        List<KernelSocket> sockets = new ArrayList<>(ProcNetTcp.parse(Files.readString(TCP)));
        if (Files.isReadable(TCP6)) {
            sockets.addAll(ProcNetTcp.parse(Files.readString(TCP6)));
        }
        return sockets;
    }

    /** The sockets whose local end is one of {@code ends}. */
    public static List<KernelSocket> of(Collection<InetSocketAddress> ends) throws IOException {
        if (!available()) {
            return List.of();
        }
        return all().stream().filter(s -> ends.contains(s.local())).toList();
    }

    /**
     * Reads the sockets of {@code ends} until {@code settled} holds or {@code millis} pass; the
     * kernel changes states after the call that caused them returns (on loopback within
     * microseconds), and there is nothing to wait on but the table itself.
     */
    public static List<KernelSocket> await(Collection<InetSocketAddress> ends, Predicate<List<KernelSocket>> settled,
                                           long millis) throws IOException {
        if (!available()) {
            return List.of();
        }
        long deadline = System.nanoTime() + millis * 1_000_000L;
        List<KernelSocket> now = of(ends);
        while (!settled.test(now) && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(500_000);
            if (Thread.currentThread().isInterrupted()) {
                throw new java.io.InterruptedIOException("stopped");
            }
            now = of(ends);
        }
        return now;
    }
}
