package netlab.net.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import netlab.core.load.LoadFit;

/**
 * This process's limits that bound a load run, read from Linux's {@code /proc}: the descriptor
 * limit ({@code /proc/self/limits}, "Max open files"), the descriptors open now
 * ({@code /proc/self/fd}), the ephemeral port range ({@code /proc/sys/net/ipv4/ip_local_port_range})
 * and the thread limits ("Max processes", {@code /proc/sys/kernel/threads-max}). Where a file is
 * missing (not Linux), that limit is unknown and not applied.
 */
public final class HostLimits {
    private HostLimits() {
    }

    public static LoadFit read() {
        long fdLimit = limit("Max open files");
        long open = count(Path.of("/proc/self/fd"));
        int[] ports = portRange();
        long processes = limit("Max processes");
        long threadsMax = number(Path.of("/proc/sys/kernel/threads-max"));
        long threads = processes < 0 ? threadsMax : threadsMax < 0 ? processes : Math.min(processes, threadsMax);
        long left = threads < 0 ? -1 : Math.max(0, threads - ManagementFactory.getThreadMXBean().getThreadCount());
        return new LoadFit(fdLimit, Math.max(open, 0), ports[0], ports[1], left);
    }

    /** The kernel's accept-queue cap ({@code somaxconn}); a listen backlog above it is cut to it. */
    public static int somaxconn() {
        long v = number(Path.of("/proc/sys/net/core/somaxconn"));
        return v > 0 ? (int) Math.min(v, Integer.MAX_VALUE) : 4096;
    }

    /** The soft limit from a line of /proc/self/limits, or -1. */
    static long limit(String name) {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/self/limits"));
            for (String line : lines) {
                if (line.startsWith(name)) {
                    String soft = line.substring(name.length()).trim().split("\\s+")[0];
                    return soft.equals("unlimited") ? -1 : Long.parseLong(soft);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: unknown
        }
        return -1;
    }

    private static int[] portRange() {
        try {
            String[] parts = firstLine(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).split("\\s+");
            return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
        } catch (IOException | RuntimeException e) {
            return new int[] {49152, 65535};
        }
    }

    private static long number(Path file) {
        try {
            return Long.parseLong(firstLine(file));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The first line of a /proc file, read as a stream (Files.readString trusts the size /proc reports: 0). */
    private static String firstLine(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        return lines.isEmpty() ? "" : lines.get(0).trim();
    }

    private static long count(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        } catch (IOException e) {
            return -1;
        }
    }
}
