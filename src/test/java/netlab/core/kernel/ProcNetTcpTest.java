package netlab.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.util.List;
import netlab.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class ProcNetTcpTest {
    static final String TCP = """
              sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
               0: 0100007F:1F90 00000000:0000 0A 00000000:00000002 00:00000000 00000000     0        0 41234 1 0000000000000000 100 0 0 10 0
               1: 0100007F:C350 0100007F:1F90 06 00000000:00000000 03:00001770 00000000     0        0 0 3 0000000000000000
               2: 0100007F:1F90 0100007F:C350 08 00000000:00000001 00:00000000 00000000  1000        0 41240 1 0000000000000000 20 4 30 10 -1
            """;

    @Test
    void readsLittleEndianAddressesBigEndianPortsAndHexStates() {
        List<KernelSocket> sockets = ProcNetTcp.parse(TCP);
        assertThat(sockets).hasSize(3);
        KernelSocket listener = sockets.get(0);
        assertThat(listener.local()).isEqualTo(new InetSocketAddress("127.0.0.1", 8080));
        assertThat(listener.state()).isEqualTo(TcpState.LISTEN);
        assertThat(listener.rxQueue()).isEqualTo(2);
        assertThat(listener.inode()).isEqualTo(41234);
        assertThat(sockets.get(1).state()).isEqualTo(TcpState.TIME_WAIT);
        assertThat(sockets.get(1).inode()).isZero();
        assertThat(sockets.get(1).is(new InetSocketAddress("127.0.0.1", 50000), new InetSocketAddress("127.0.0.1", 8080))).isTrue();
        assertThat(sockets.get(2).state()).isEqualTo(TcpState.CLOSE_WAIT);
        assertThat(sockets.get(2).uid()).isEqualTo(1000);
    }

    @Test
    void readsIpv6AndMappedAddresses() {
        String tcp6 = "  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n"
                + "   0: 00000000000000000000000001000000:1F90 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 5 1 0\n"
                + "   1: 0000000000000000FFFF00000100007F:0050 0000000000000000FFFF00000100007F:C350 01 00000000:00000000 00:00000000 00000000     0        0 6 1 0\n";
        List<KernelSocket> sockets = ProcNetTcp.parse(tcp6);
        assertThat(sockets.get(0).local().getAddress().getHostAddress()).isEqualTo("0:0:0:0:0:0:0:1");
        assertThat(sockets.get(1).local()).isEqualTo(new InetSocketAddress("127.0.0.1", 80));
        assertThat(sockets.get(1).state()).isEqualTo(TcpState.ESTABLISHED);
    }

    @Test
    void anUnknownStateSurvivesWithItsNumber() {
        KernelSocket s = ProcNetTcp.parse("0: 0100007F:0001 00000000:0000 3F 00000000:00000000 00:00000000 00000000 0 0 1 1\n").get(0);
        assertThat(s.state()).isEqualTo(TcpState.UNKNOWN);
        assertThat(s.code()).isEqualTo(0x3f);
    }

    @Test
    void aMalformedLineIsOneLineNamingIt() {
        assertThatThrownBy(() -> ProcNetTcp.parse("0: 0100007F:zz 00000000:0000 0A 0:0 0:0 0 0 0 1\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("line 1 of /proc/net/tcp is not understood: \"0: 0100007F:zz")
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> ProcNetTcp.parse("garbage\n")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ProcNetTcp.endpoint("0100:0050")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void everyStateNumberMapsBack() {
        for (TcpState state : TcpState.values()) {
            if (state != TcpState.UNKNOWN) {
                assertThat(TcpState.of(state.code())).isEqualTo(state);
            }
        }
    }
}
