package netlab.net;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** What a test checks is left behind: this process's threads (by name) and open descriptors. */
public final class NetProbe {
    private static final Set<String> JDK_THREADS = Set.of("process reaper", "Common-Cleaner", "Attach Listener",
            "Notification Thread", "Signal Dispatcher", "Reference Handler", "Finalizer", "idle-timeout-task");

    /** The JDK's own threads for virtual-thread I/O, started once on first use and kept for the process. */
    private static final java.util.regex.Pattern VIRTUAL_THREAD_POLLERS =
            java.util.regex.Pattern.compile("MasterPoller|VirtualThread-unblocker|(Read|Write|Sub)-?Poller.*");

    private NetProbe() {
    }

    /** Names of the live threads that are not the JDK's own housekeeping threads. */
    public static Set<String> threads() {
        Set<String> names = new TreeSet<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.isAlive() && !JDK_THREADS.contains(t.getName()) && !t.getName().startsWith("process reaper")
                    && !t.getName().startsWith("ForkJoinPool") && !t.getName().startsWith("surefire")
                    && !VIRTUAL_THREAD_POLLERS.matcher(t.getName()).matches()) {
                names.add(t.getName() + "#" + t.threadId());
            }
        }
        return names;
    }

    /** How many descriptors this process has open. */
    public static long descriptors() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }
}
