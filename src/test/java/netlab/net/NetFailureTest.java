package netlab.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class NetFailureTest {
    @Test
    void endpointsAreWrittenAsLearnersTypeThem() {
        assertThat(NetFailure.name(new InetSocketAddress("127.0.0.1", 9))).isEqualTo("127.0.0.1:9");
        assertThat(NetFailure.name(new InetSocketAddress("::1", 9))).isEqualTo("[::1]:9");
        assertThat(NetFailure.name(new InetSocketAddress("2001:db8:0:0:1:0:0:1", 80))).isEqualTo("[2001:db8::1:0:0:1]:80");
        assertThat(NetFailure.name(new InetSocketAddress("fe80:0:0:0:0:0:0:0", 1))).isEqualTo("[fe80::]:1");
        assertThat(NetFailure.name(new InetSocketAddress("::", 1))).isEqualTo("[::]:1");
        assertThat(NetFailure.name(new InetSocketAddress("2001:db8:1:2:3:4:5:6", 1))).isEqualTo("[2001:db8:1:2:3:4:5:6]:1");
        assertThat(NetFailure.name(new InetSocketAddress("1:0:2:0:3:0:4:0", 1))).isEqualTo("[1:0:2:0:3:0:4:0]:1");
    }

    @Test
    void aPrivilegedPortIsNotCalledBusy() {
        NetFailure f = NetFailure.bind(new InetSocketAddress("127.0.0.1", 80), "TCP",
                new java.net.BindException("Permission denied"));
        assertThat(f.getMessage()).isEqualTo("port 80 is privileged: binding a port below 1024 needs root"
                + " (\"Permission denied\"; use a port from 1024 up)");
        assertThat(NetFailure.bind(new InetSocketAddress("127.0.0.1", 8080), "UDP",
                new java.net.BindException("Address already in use")).kind()).isEqualTo(NetFailure.Kind.BUSY_PORT);
    }
}
