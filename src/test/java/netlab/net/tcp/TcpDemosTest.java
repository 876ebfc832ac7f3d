package netlab.net.tcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import netlab.core.kernel.TcpState;
import netlab.core.traffic.Action;
import netlab.core.traffic.TrafficLog;
import netlab.net.Loopback;
import netlab.net.NetFailure;
import netlab.net.Scope;
import netlab.net.kernel.KernelTcpTable;
import org.junit.jupiter.api.Test;

class TcpDemosTest {
    @Test
    void threadPerClientServesBothClientsAtOnce() throws Exception {
        try (Scope scope = new Scope()) {
            TcpEchoDemo.Result result = new TcpEchoDemo(scope, new TrafficLog())
                    .run(List.of("Michael", "Tracy"), new TcpEchoDemo.Options(true, false));
            assertThat(result.replies()).containsExactly("Welcome!", "Welcome!", "Hello, Michael!", "Hello, Tracy!");
            assertThat(result.secondWaited()).isFalse();
        }
    }

    @Test
    void oneThreadMakesTheSecondClientWait() throws Exception {
        try (Scope scope = new Scope()) {
            TcpEchoDemo.Result result = new TcpEchoDemo(scope, new TrafficLog())
                    .run(List.of("Michael", "Tracy"), new TcpEchoDemo.Options(false, false));
            assertThat(result.secondWaited()).isTrue();
            assertThat(result.replies()).containsExactly("Welcome!", "Hello, Michael!", "Welcome!", "Hello, Tracy!");
        }
    }

    @Test
    void aResetIsOneLineOnTheServerSide() throws Exception {
        TrafficLog log = new TrafficLog();
        try (Scope scope = new Scope()) {
            new TcpEchoDemo(scope, log).run(List.of("A"), new TcpEchoDemo.Options(true, true));
        }
        assertThat(log.exchanges()).filteredOn(e -> e.action() == Action.NOTE).singleElement()
                .satisfies(e -> assertThat(e.label()).startsWith("connection reset by 127.0.0.1:")
                        .contains("ConnectionResetError").doesNotContain("\n"));
    }

    @Test
    void aRefusedConnectionIsOneLine() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, Loopback.V4)) {
            port = probe.getLocalPort();
        }
        try (Scope scope = new Scope()) {
            TcpClient client = TcpClient.bound(scope, new TrafficLog(), Loopback.v4(port), "client");
            assertThatThrownBy(() -> client.connect(2000)).isInstanceOf(NetFailure.class)
                    .hasMessage("connection refused by 127.0.0.1:" + port + " (nothing is listening there; start the server first)")
                    .extracting(e -> ((NetFailure) e).kind()).isEqualTo(NetFailure.Kind.REFUSED);
        }
    }

    @Test
    void aClosedPeerIsOneLine() throws Exception {
        try (Scope scope = new Scope(); ServerSocket server = new ServerSocket(0, 1, Loopback.V4)) {
            InetSocketAddress at = (InetSocketAddress) server.getLocalSocketAddress();
            TcpClient client = TcpClient.bound(scope, new TrafficLog(), at, "client");
            client.connect(2000);
            server.accept().close();
            assertThatThrownBy(client::read).isInstanceOf(NetFailure.class)
                    .hasMessage("127.0.0.1:" + at.getPort() + " closed the connection (read returned end of stream)");
        }
    }

    @Test
    void teardownByTheClientLeavesTimeWaitWithTheClient() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(KernelTcpTable.available(), "/proc/net/tcp is not readable: skipping");
        try (Scope scope = new Scope()) {
            ConnectionLifecycle.Result result = new ConnectionLifecycle(scope, new TrafficLog())
                    .run(ConnectionLifecycle.Side.CLIENT, null);
            assertThat(states(result, 0)).contains("listener LISTEN");
            assertThat(states(result, 1)).contains("client ESTABLISHED", "server ESTABLISHED");
            assertThat(states(result, 5)).contains("client FIN_WAIT2", "server CLOSE_WAIT");
            assertThat(states(result, 7)).containsExactly("listener LISTEN", "client TIME_WAIT");
            assertThat(states(result, 8)).containsExactly("client TIME_WAIT");
        }
    }

    @Test
    void teardownByTheServerLeavesTimeWaitWithTheServer() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(KernelTcpTable.available(), "/proc/net/tcp is not readable: skipping");
        try (Scope scope = new Scope()) {
            ConnectionLifecycle.Result result = new ConnectionLifecycle(scope, new TrafficLog())
                    .run(ConnectionLifecycle.Side.SERVER, null);
            assertThat(states(result, 5)).contains("server FIN_WAIT2", "client CLOSE_WAIT");
            assertThat(states(result, 8)).containsExactly("server TIME_WAIT");
        }
    }

    @Test
    void restartingOnATimeWaitPortNeedsReuseAddress() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(KernelTcpTable.available(), "/proc/net/tcp is not readable: skipping");
        try (Scope scope = new Scope()) {
            ReuseDemo.Result result = new ReuseDemo(scope, new TrafficLog()).run();
            assertThat(result.timeWait()).singleElement().satisfies(s -> {
                assertThat(s.state()).isEqualTo(TcpState.TIME_WAIT);
                assertThat(s.local()).isEqualTo(result.server());
            });
            assertThat(result.withoutReuse()).contains("Address already in use");
            assertThat(result.withReuse()).isEmpty();
        }
    }

    private static List<String> states(ConnectionLifecycle.Result result, int step) {
        return result.steps().get(step).sockets().stream().map(s -> s.role() + " " + s.state()).toList();
    }
}
