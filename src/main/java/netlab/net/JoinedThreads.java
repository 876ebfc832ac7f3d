package netlab.net;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * A thread factory that remembers its platform threads so that their owner can join them.
 *
 * <p>An executor's {@code awaitTermination} returns when its last task has ended, a moment before
 * the threads that ran the tasks have died. A server that says "nothing left behind" when it
 * closes therefore joins the threads themselves after the executor has terminated.
 */
public final class JoinedThreads implements ThreadFactory {
    private final ThreadFactory threads;
    private final Set<Thread> made = ConcurrentHashMap.newKeySet();

    public JoinedThreads(ThreadFactory threads) {
        this.threads = threads;
    }

    @Override
    public Thread newThread(Runnable task) {
        Thread t = threads.newThread(task);
        if (made.size() >= 64) {
            made.removeIf(old -> old.getState() == Thread.State.TERMINATED);
        }
        made.add(t);
        return t;
    }

    /** Waits up to {@code timeout} in all for every thread made here to die. */
    public void join(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        for (Thread t : made) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || !t.join(Duration.ofNanos(left))) {
                return;
            }
            made.remove(t);
        }
    }
}
