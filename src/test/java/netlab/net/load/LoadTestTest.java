package netlab.net.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import netlab.core.load.LoadReport;
import netlab.net.NetProbe;
import netlab.net.Scope;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LoadTestTest {
    @ParameterizedTest
    @EnumSource(EchoModel.class)
    void everyMessageComesBackCheckedAndNothingIsLeftBehind(EchoModel model) throws Exception {
        run(model, 20);
        Set<String> threads = NetProbe.threads();
        long fds = NetProbe.descriptors();
        LoadReport r = run(model, 50);
        assertThat(r.errors()).isZero();
        assertThat(r.connected()).isEqualTo(50);
        assertThat(r.echoed()).isEqualTo(50 * 5);
        assertThat(r.bytesChecked()).isEqualTo(50 * 5 * 100);
        assertThat(r.latencies().count()).isEqualTo(250);
        assertThat(r.latencies().p50Nanos()).isPositive().isLessThanOrEqualTo(r.latencies().p99Nanos());
        assertThat(r.serverThreads()).isEqualTo(model == EchoModel.NIO ? 1 : r.serverThreads()).isPositive();
        assertThat(r.virtualThreads()).isEqualTo(model == EchoModel.VIRTUAL);
        LoadServerTest.awaitTrue(() -> NetProbe.threads().equals(threads));
        assertThat(NetProbe.descriptors()).isEqualTo(fds);
    }

    @ParameterizedTest
    @EnumSource(EchoModel.class)
    void aServerThatIsGoneIsCountedAsErrorsNotAHang(EchoModel model) throws Exception {
        try (Scope scope = new Scope()) {
            java.net.InetSocketAddress nowhere;
            try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, netlab.net.Loopback.V4)) {
                nowhere = (java.net.InetSocketAddress) probe.getLocalSocketAddress();
            }
            LoadClients.Result r = new LoadClients(scope).run(nowhere, 10, 2, 8, 5000);
            assertThat(r.errors()).isEqualTo(10);
            assertThat(r.connected()).isZero();
            assertThat(r.firstError()).contains("connection refused");
        }
    }

    @ParameterizedTest
    @EnumSource(EchoModel.class)
    void ctrlCInTheMiddleOfARunLeavesNothingBehind(EchoModel model) throws Exception {
        run(model, 20);
        Set<String> threads = NetProbe.threads();
        long fds = NetProbe.descriptors();
        Scope scope = new Scope();
        Thread runner = Thread.ofPlatform().name("load-under-test").start(() -> {
            try {
                new LoadTest(scope).run(new LoadTest.Plan(model, 100, 100_000, 64, 60_000));
            } catch (Exception expected) {
                // stopped midway
            }
        });
        LoadServerTest.awaitTrue(() -> NetProbe.threads().stream().anyMatch(t -> t.startsWith("load-accept")
                || t.startsWith("load-selector")));
        Thread.sleep(200);
        scope.cancel();
        runner.join(20_000);
        assertThat(runner.isAlive()).isFalse();
        LoadServerTest.awaitTrue(() -> NetProbe.threads().equals(threads), () -> threads + " → " + NetProbe.threads());
        assertThat(NetProbe.descriptors()).isEqualTo(fds);
    }

    private static LoadReport run(EchoModel model, int clients) throws Exception {
        try (Scope scope = new Scope()) {
            return new LoadTest(scope).run(new LoadTest.Plan(model, clients, 5, 100, 30_000));
        }
    }
}
