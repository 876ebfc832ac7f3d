package netlab.net.chat;

import java.util.function.BooleanSupplier;

/** Waits for a condition that becomes true once threads have finished closing (bounded). */
final class TestWaits {
    private TestWaits() {
    }

    static void until(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
    }
}
