package netlab.core.traffic;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The traffic kept by {@code capture on}: the log of every demo that ran while capturing was on,
 * with the command that made it, oldest first. Bounded: past {@link #MAX_BYTES} of payload the
 * oldest logs are dropped (and counted), so a long session cannot fill the memory.
 */
public final class CaptureStore {
    /** Payload bytes kept at most. */
    public static final long MAX_BYTES = 32L << 20;

    /**
     * One demo's traffic, the command line that produced it, when it ended, and the frames of it
     * that were really captured on the wire (empty when none were).
     */
    public record Kept(String command, TrafficLog log, Instant end, List<TrafficFrames.Frame> captured) {
        public Kept {
            captured = List.copyOf(captured);
        }

        /** When the log's clock started, so that exchange times become wall-clock times. */
        public Instant start() {
            List<Exchange> exchanges = log.exchanges();
            return exchanges.isEmpty() ? end : end.minusNanos(exchanges.get(exchanges.size() - 1).nanos());
        }
    }

    private final Deque<Kept> kept = new ArrayDeque<>();
    private boolean on;
    private long bytes;
    private int dropped;

    public synchronized void on() {
        on = true;
    }

    public synchronized void off() {
        on = false;
    }

    public synchronized boolean isOn() {
        return on;
    }

    /** Keeps {@code log} when capturing is on; returns whether it was kept. */
    public synchronized boolean offer(String command, TrafficLog log) {
        return offer(command, log, List.of());
    }

    /** Keeps {@code log} with the frames a packet capture really saw of it. */
    public synchronized boolean offer(String command, TrafficLog log, List<TrafficFrames.Frame> captured) {
        if (!on || log.exchanges().isEmpty()) {
            return false;
        }
        kept.addLast(new Kept(command, log, Instant.now(), captured));
        bytes += size(log);
        while (bytes > MAX_BYTES && kept.size() > 1) {
            bytes -= size(kept.removeFirst().log());
            dropped++;
        }
        return true;
    }

    public synchronized List<Kept> kept() {
        return List.copyOf(kept);
    }

    /** How many old logs were dropped to stay under {@link #MAX_BYTES}. */
    public synchronized int dropped() {
        return dropped;
    }

    public synchronized void clear() {
        kept.clear();
        bytes = 0;
        dropped = 0;
    }

    private static long size(TrafficLog log) {
        return log.exchanges().stream().mapToLong(Exchange::size).sum();
    }
}
