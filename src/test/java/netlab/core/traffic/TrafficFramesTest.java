package netlab.core.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import netlab.core.wire.EthernetHeader;
import netlab.core.wire.Ipv4Codec;
import netlab.core.wire.TcpCodec;
import netlab.core.wire.TcpHeader;
import org.junit.jupiter.api.Test;

class TrafficFramesTest {
    static final InetSocketAddress CLIENT = new InetSocketAddress("127.0.0.1", 50000);
    static final InetSocketAddress SERVER = new InetSocketAddress("127.0.0.1", 8080);

    @Test
    void udpSendsBecomeOneFrameEachWithTheRealPayload() {
        TrafficLog log = new TrafficLog();
        byte[] love = "我爱你".getBytes(StandardCharsets.UTF_8);
        log.record(Transport.UDP, Action.SEND, CLIENT, SERVER, love, "");
        log.record(Transport.UDP, Action.RECEIVE, CLIENT, SERVER, love, "");
        log.record(Transport.UDP, Action.SEND, SERVER, CLIENT, love, "");
        TrafficFrames.Result result = TrafficFrames.of(log, Instant.EPOCH);
        assertThat(result.frames()).hasSize(2);
        byte[] frame = result.frames().get(0).bytes();
        assertThat(frame).hasSize(14 + 20 + 8 + 9);
        assertThat(java.util.Arrays.copyOfRange(frame, 42, 51)).isEqualTo(love);
    }

    @Test
    void aTcpConversationGetsHandshakeDataAcksAndOneTeardown() {
        TrafficLog log = new TrafficLog();
        log.record(Transport.TCP, Action.CONNECT, CLIENT, SERVER, null, "");
        log.record(Transport.TCP, Action.ACCEPT, CLIENT, SERVER, null, "");
        log.record(Transport.TCP, Action.SEND, CLIENT, SERVER, "hello".getBytes(StandardCharsets.US_ASCII), "");
        log.record(Transport.TCP, Action.CLOSE, CLIENT, SERVER, null, "");
        log.record(Transport.TCP, Action.CLOSE, SERVER, CLIENT, null, "");
        List<TrafficFrames.Frame> frames = TrafficFrames.of(log, Instant.EPOCH).frames();
        List<Integer> flags = frames.stream().map(f -> {
            byte[] ip = EthernetHeader.decode(f.bytes()).payload();
            var decodedIp = Ipv4Codec.decode(ip);
            var tcp = TcpCodec.decode(decodedIp.payload(), decodedIp.header().source(), decodedIp.header().destination());
            assertThat(tcp.problems()).isEmpty();
            return tcp.header().flags();
        }).toList();
        int syn = TcpHeader.SYN;
        int ack = TcpHeader.ACK;
        int psh = TcpHeader.PSH;
        int fin = TcpHeader.FIN;
        assertThat(flags).containsExactly(syn, syn | ack, ack, psh | ack, ack, fin | ack, fin | ack, ack);
    }

    @Test
    void ipv6ExchangesAreCountedNotFramed() {
        TrafficLog log = new TrafficLog();
        log.record(Transport.UDP, Action.SEND, new InetSocketAddress("::1", 1), new InetSocketAddress("::1", 2), new byte[1], "");
        TrafficFrames.Result result = TrafficFrames.of(log, Instant.EPOCH);
        assertThat(result.frames()).isEmpty();
        assertThat(result.skipped()).isEqualTo(1);
    }

    @Test
    void theStoreKeepsOnlyWhileOnAndStaysBounded() {
        CaptureStore store = new CaptureStore();
        TrafficLog log = new TrafficLog();
        log.record(Transport.UDP, Action.SEND, CLIENT, SERVER, new byte[10], "");
        assertThat(store.offer("udp echo", log)).isFalse();
        store.on();
        assertThat(store.offer("udp echo", log)).isTrue();
        assertThat(store.offer("empty", new TrafficLog())).isFalse();
        TrafficLog big = new TrafficLog();
        big.record(Transport.UDP, Action.SEND, CLIENT, SERVER, new byte[(int) (CaptureStore.MAX_BYTES / 2 + 1)], "");
        store.offer("big 1", big);
        store.offer("big 2", big);
        assertThat(store.kept()).extracting(CaptureStore.Kept::command).containsExactly("big 2");
        assertThat(store.dropped()).isEqualTo(2);
        store.off();
        assertThat(store.offer("udp echo", log)).isFalse();
    }
}
