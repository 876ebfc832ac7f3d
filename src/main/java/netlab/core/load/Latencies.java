package netlab.core.load;

import java.util.Arrays;

/**
 * A summary of round-trip times: the median (p50), the 99th percentile and the maximum, by the
 * nearest-rank method (the smallest time that at least p% of the samples do not exceed).
 *
 * @param count how many round trips were timed
 */
public record Latencies(int count, long p50Nanos, long p99Nanos, long maxNanos) {
    public static final Latencies NONE = new Latencies(0, 0, 0, 0);

    /** Summarises the first {@code count} samples (nanoseconds); the array is sorted in place. */
    public static Latencies of(long[] samples, int count) {
        if (count < 0 || count > samples.length) {
            throw new IllegalArgumentException("count " + count + " is outside 0.." + samples.length);
        }
        if (count == 0) {
            return NONE;
        }
        Arrays.sort(samples, 0, count);
        return new Latencies(count, rank(samples, count, 50), rank(samples, count, 99), samples[count - 1]);
    }

    /** The nearest-rank percentile {@code p} (1–100) of the sorted first {@code count} samples. */
    static long rank(long[] sorted, int count, int p) {
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(rank, 1) - 1];
    }
}
