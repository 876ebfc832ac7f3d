package netlab.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class JoinedThreadsTest {
    @Test
    void afterJoinEveryThreadThePoolMadeHasDied() throws Exception {
        List<Thread> seen = new ArrayList<>();
        for (int round = 0; round < 50; round++) {
            JoinedThreads threads = new JoinedThreads(r -> {
                Thread t = Thread.ofPlatform().name("joined-test").daemon(true).unstarted(r);
                synchronized (seen) {
                    seen.add(t);
                }
                return t;
            });
            ExecutorService pool = Executors.newCachedThreadPool(threads);
            for (int i = 0; i < 4; i++) {
                pool.execute(() -> {
                });
            }
            pool.shutdownNow();
            assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
            threads.join(5, TimeUnit.SECONDS);
            synchronized (seen) {
                assertThat(seen).allMatch(t -> t.getState() == Thread.State.TERMINATED);
            }
        }
    }

    @Test
    void forgetsDeadThreadsButNeverOneNotYetStarted() throws Exception {
        JoinedThreads threads = new JoinedThreads(r -> Thread.ofPlatform().daemon(true).unstarted(r));
        for (int i = 0; i < 200; i++) {
            Thread t = threads.newThread(() -> {
            });
            t.start();
            t.join();
        }
        Thread pending = threads.newThread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        for (int i = 0; i < 100; i++) {
            threads.newThread(() -> {
            }).start();
        }
        pending.start();
        threads.join(5, TimeUnit.SECONDS);
        assertThat(pending.getState()).isEqualTo(Thread.State.TERMINATED);
    }
}
