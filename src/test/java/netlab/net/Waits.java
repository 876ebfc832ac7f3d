package netlab.net;

import java.util.function.BooleanSupplier;

/** Waits, bounded, for a condition another thread makes true (a server's report, threads finishing closing). */
public final class Waits {
    private Waits() {
    }

    /** Checks {@code condition} every 5 ms for up to {@code millis}; returns its last value (the caller asserts). */
    public static boolean until(BooleanSupplier condition, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() >= deadline) {
                return condition.getAsBoolean();
            }
            Thread.sleep(5);
        }
        return true;
    }
}
