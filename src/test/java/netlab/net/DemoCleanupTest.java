package netlab.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import netlab.core.traffic.TrafficLog;
import netlab.net.tcp.ConnectionLifecycle;
import netlab.net.tcp.ReuseDemo;
import netlab.net.tcp.TcpEchoDemo;
import netlab.net.udp.UdpEcho;
import netlab.net.udp.UdpListener;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Ctrl-C in the middle of a demo: {@link Scope#cancel()} from another thread while the demo is
 * at its Nth exchange must leave the thread and descriptor counts where they were.
 */
class DemoCleanupTest {
    /** A demo run against a scope and a log. */
    interface Demo {
        void run(Scope scope, TrafficLog log) throws Exception;
    }

    static final List<Object[]> DEMOS = List.of(
            new Object[] {"udp echo", (Demo) (s, l) -> new UdpEcho(s, l).run(List.of("a", "b", "c")), 3},
            new Object[] {"tcp echo", (Demo) (s, l) -> new TcpEchoDemo(s, l).run(List.of("x", "y"),
                    new TcpEchoDemo.Options(true, false)), 6},
            new Object[] {"tcp echo one thread", (Demo) (s, l) -> new TcpEchoDemo(s, l).run(List.of("x", "y"),
                    new TcpEchoDemo.Options(false, false)), 6},
            new Object[] {"tcp close", (Demo) (s, l) -> new ConnectionLifecycle(s, l)
                    .run(ConnectionLifecycle.Side.CLIENT, null), 3},
            new Object[] {"tcp reuse", (Demo) (s, l) -> new ReuseDemo(s, l).run(), 2},
            new Object[] {"tcp sticky", (Demo) (s, l) -> new netlab.net.tcp.StickyDemo(s, l).run(List.of("a", "b", "c"),
                    netlab.core.framing.Framing.LENGTH, 2), 4},
            new Object[] {"udp listen", (Demo) (s, l) -> {
                UdpListener listener = new UdpListener(s, l);
                listener.bind(Loopback.v4(0));
                l.note("bound");
                listener.receive(0, 0);
            }, 1});

    @TestFactory
    Stream<DynamicTest> cancellingMidwayLeavesNothingBehind() {
        return DEMOS.stream().map(d -> DynamicTest.dynamicTest((String) d[0], () -> {
            Demo demo = (Demo) d[1];
            int at = (Integer) d[2];
            cancelAt(demo, at);
            Set<String> threads = NetProbe.threads();
            long fds = NetProbe.descriptors();
            cancelAt(demo, at);
            assertThat(NetProbe.threads()).isEqualTo(threads);
            assertThat(NetProbe.descriptors()).isEqualTo(fds);
        }));
    }

    @TestFactory
    Stream<DynamicTest> aWholeRunLeavesNothingBehind() {
        return DEMOS.stream().filter(d -> !d[0].equals("udp listen")).map(d -> DynamicTest.dynamicTest((String) d[0], () -> {
            Demo demo = (Demo) d[1];
            runWhole(demo);
            Set<String> threads = NetProbe.threads();
            long fds = NetProbe.descriptors();
            runWhole(demo);
            assertThat(NetProbe.threads()).isEqualTo(threads);
            assertThat(NetProbe.descriptors()).isEqualTo(fds);
        }));
    }

    static void runWhole(Demo demo) throws Exception {
        try (Scope scope = new Scope()) {
            demo.run(scope, new TrafficLog());
        }
    }

    /** Runs the demo in its own thread and cancels its scope when it records its {@code at}-th exchange. */
    static void cancelAt(Demo demo, int at) throws Exception {
        Scope scope = new Scope();
        TrafficLog log = new TrafficLog();
        CountDownLatch reached = new CountDownLatch(1);
        AtomicInteger seen = new AtomicInteger();
        log.listen(e -> {
            if (seen.incrementAndGet() == at) {
                reached.countDown();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
                while (!scope.cancelled() && System.nanoTime() < deadline) {
                    LockSupport.parkNanos(200_000);
                }
            }
        });
        Thread runner = Thread.ofPlatform().name("demo-under-test").start(() -> {
            try {
                demo.run(scope, log);
            } catch (Exception expected) {
                // stopped midway: sockets closed under it
            } finally {
                scope.close();
            }
        });
        assertThat(reached.await(5, TimeUnit.SECONDS)).as("the demo reached exchange " + at).isTrue();
        scope.cancel();
        runner.join(5000);
        assertThat(runner.isAlive()).isFalse();
    }


}
