package netlab.net.udp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import netlab.core.InvalidInputException;
import netlab.core.traffic.Action;
import netlab.core.traffic.Exchange;
import netlab.core.traffic.TrafficLog;
import netlab.net.Loopback;
import netlab.net.NetFailure;
import netlab.net.Scope;
import org.junit.jupiter.api.Test;

class UdpDemosTest {
    @Test
    void echoSendsEachMessageBackWholeAndEndsTheServerWithExit() throws Exception {
        TrafficLog log = new TrafficLog();
        try (Scope scope = new Scope()) {
            UdpEcho.Result result = new UdpEcho(scope, log).run(List.of("我爱你", "你爱我"));
            assertThat(result.echoes()).hasSize(3).allMatch(UdpEcho.Echo::same);
            assertThat(result.echoes().get(0).echoed()).containsExactly(0xe6, 0x88, 0x91, 0xe7, 0x88, 0xb1, 0xe4, 0xbd, 0xa0);
        }
        List<Exchange> sends = log.exchanges().stream().filter(e -> e.action() == Action.SEND).toList();
        assertThat(sends).hasSize(6);
        assertThat(new String(sends.get(5).payload(), StandardCharsets.UTF_8)).isEqualTo("exit");
        assertThat(log.exchanges()).anyMatch(e -> e.action() == Action.NOTE && e.label().contains("stops"));
    }

    @Test
    void messagesAfterExitAreNotSent() throws Exception {
        try (Scope scope = new Scope()) {
            UdpEcho.Result result = new UdpEcho(scope, new TrafficLog()).run(List.of("a", "exit", "b", "c"));
            assertThat(result.echoes()).hasSize(2);
            assertThat(result.skipped()).isEqualTo(2);
        }
    }

    @Test
    void aDatagramOverTheLimitIsRefusedWithTheReason() {
        assertThatThrownBy(() -> UdpSender.checkSize(Loopback.v4(9), 65_508))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most 65,507 bytes").hasMessageContaining("− 20 bytes of IPv4 header");
        UdpSender.checkSize(Loopback.v4(9), 65_507);
        assertThatThrownBy(() -> UdpSender.checkSize(new InetSocketAddress("::1", 9), 65_528))
                .hasMessageContaining("65,527");
    }

    @Test
    void theLargestDatagramArrivesWhole() throws Exception {
        TrafficLog log = new TrafficLog();
        try (Scope scope = new Scope()) {
            UdpListener listener = new UdpListener(scope, log);
            InetSocketAddress at = listener.bind(Loopback.v4(0));
            byte[] big = new byte[UdpSender.MAX_IPV4_PAYLOAD];
            big[big.length - 1] = 42;
            assertThat(new UdpSender(scope, new TrafficLog()).send(at, big, 1)).isEqualTo(UdpSender.Outcome.SENT);
            assertThat(listener.receive(1, 2000)).isEqualTo(UdpListener.End.COUNT);
        }
        Exchange got = log.exchanges().get(0);
        assertThat(got.size()).isEqualTo(65_507);
        assertThat(got.payload()[65_506]).isEqualTo((byte) 42);
    }

    @Test
    void sendingToAClosedPortSaysPortUnreachable() throws Exception {
        int closed;
        try (DatagramSocket probe = new DatagramSocket(Loopback.v4(0))) {
            closed = probe.getLocalPort();
        }
        try (Scope scope = new Scope()) {
            TrafficLog log = new TrafficLog();
            assertThat(new UdpSender(scope, log).send(Loopback.v4(closed), new byte[] {1}, 1000))
                    .isEqualTo(UdpSender.Outcome.PORT_UNREACHABLE);
        }
    }

    @Test
    void aBusyPortIsOneLine() throws Exception {
        try (DatagramSocket holder = new DatagramSocket(Loopback.v4(0)); Scope scope = new Scope()) {
            assertThatThrownBy(() -> new UdpListener(scope, new TrafficLog()).bind(Loopback.v4(holder.getLocalPort())))
                    .isInstanceOf(NetFailure.class)
                    .hasMessage("port 127.0.0.1:" + holder.getLocalPort() + " (UDP) is busy: \"Address already in use\""
                            + " (another socket holds it; pick another port, or 0 for any free one)");
        }
    }

    @Test
    void theListenerStopsOnExitAndOnQuiet() throws Exception {
        try (Scope scope = new Scope()) {
            UdpListener listener = new UdpListener(scope, new TrafficLog());
            InetSocketAddress at = listener.bind(Loopback.v4(0));
            new UdpSender(scope, new TrafficLog()).send(at, "exit".getBytes(StandardCharsets.US_ASCII), 1);
            assertThat(listener.receive(0, 2000)).isEqualTo(UdpListener.End.EXIT);
            assertThat(listener.receive(0, 1)).isEqualTo(UdpListener.End.QUIET);
        }
    }
}
