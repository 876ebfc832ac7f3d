package netlab.core.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import netlab.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class FramesTest {
    static final InetSocketAddress CLIENT = new InetSocketAddress("127.0.0.1", 50000);
    static final InetSocketAddress SERVER = new InetSocketAddress("127.0.0.1", 69);

    @Test
    void eachSideKeepsItsMacInBothDirections() {
        EthernetHeader request = EthernetHeader.decode(Frames.udp(CLIENT, SERVER, new byte[] {1})).header();
        EthernetHeader reply = EthernetHeader.decode(Frames.udp(SERVER, CLIENT, new byte[] {2})).header();
        assertThat(request.source()).isEqualTo(reply.destination()).isEqualTo(Frames.HIGHER_MAC);
        assertThat(request.destination()).isEqualTo(reply.source()).isEqualTo(Frames.LOWER_MAC);
        assertThat(Frames.LOWER_MAC.locallyAdministered()).isTrue();
        assertThat(Frames.LOWER_MAC).hasToString("02:00:00:00:00:01");
    }

    @Test
    void aUdpFrameDecodesBackWithGoodChecksumsAtEveryLayer() {
        byte[] frame = Frames.udp(CLIENT, SERVER, "abc".getBytes());
        Decoded<Ipv4Header> ip = Ipv4Codec.decode(EthernetHeader.decode(frame).payload());
        Decoded<UdpHeader> udp = UdpHeader.decode(ip.payload(), ip.header().source(), ip.header().destination());
        assertThat(ip.problems()).isEmpty();
        assertThat(udp.problems()).isEmpty();
        assertThat(ip.header().timeToLive()).isEqualTo(64);
        assertThat(ip.header().dontFragment()).isTrue();
        assertThat(udp.payload()).containsExactly('a', 'b', 'c');
    }

    @Test
    void ipv6EndpointsAreRefusedInOneLine() {
        assertThatThrownBy(() -> Frames.udp(new InetSocketAddress("::1", 1), SERVER, new byte[0]))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("only IPv4 endpoints can be framed");
    }

    @Test
    void macAddressesParseAndPrint() {
        assertThat(MacAddress.parse("02-00-00-00-00-2A")).hasToString("02:00:00:00:00:2a");
        assertThat(MacAddress.BROADCAST.kind()).isEqualTo("broadcast");
        assertThat(MacAddress.parse("01:00:5e:00:00:01").kind()).isEqualTo("multicast");
        assertThat(MacAddress.parse("00:1b:21:00:00:01").kind()).isEqualTo("globally unique");
        assertThatThrownBy(() -> MacAddress.parse("02:00:00:00:00")).hasMessageStartingWith("not a MAC address: \"02:00:00:00:00\"");
    }
}
