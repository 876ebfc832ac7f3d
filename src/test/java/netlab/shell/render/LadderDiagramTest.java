package netlab.shell.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import netlab.core.traffic.Action;
import netlab.core.traffic.TrafficLog;
import netlab.core.traffic.Transport;
import netlab.shell.Style;
import org.junit.jupiter.api.Test;

class LadderDiagramTest {
    static final InetSocketAddress CLIENT = new InetSocketAddress("127.0.0.1", 50000);
    static final InetSocketAddress SERVER = new InetSocketAddress("127.0.0.1", 50001);

    @Test
    void udpEchoHasOneArrowEachWayAndTheUtf8Bytes() {
        TrafficLog log = new TrafficLog();
        log.role(CLIENT, "client");
        log.role(SERVER, "server");
        byte[] love = "我爱你".getBytes(StandardCharsets.UTF_8);
        log.record(Transport.UDP, Action.SEND, CLIENT, SERVER, love, "");
        log.record(Transport.UDP, Action.RECEIVE, CLIENT, SERVER, love, "");
        log.record(Transport.UDP, Action.SEND, SERVER, CLIENT, love, "");
        String text = new TrafficView(new Style(false), 80).render(log, false, false);
        assertThat(text).isEqualTo("""
                     client                            server
                 127.0.0.1:50000                   127.0.0.1:50001
                        |                                 |
                        | #1 "我爱你" 9 B                 |
                        |-------------------------------->|
                        |                 #3 "我爱你" 9 B |
                        |<--------------------------------|
                        |                                 |

                #1 UDP 127.0.0.1:50000 → 127.0.0.1:50001, 9 bytes
                00000000  e6 88 91 e7 88 b1 e4 bd  a0                       |.........|
                00000009

                #3 UDP 127.0.0.1:50001 → 127.0.0.1:50000, 9 bytes
                00000000  e6 88 91 e7 88 b1 e4 bd  a0                       |.........|
                00000009
                """);
    }

    @Test
    void tcpReadsAreShownBesideTheReaderAndLongPayloadsAreCut() {
        TrafficLog log = new TrafficLog();
        log.record(Transport.TCP, Action.CONNECT, CLIENT, SERVER, null, "");
        log.record(Transport.TCP, Action.SEND, CLIENT, SERVER, new byte[300], "");
        log.record(Transport.TCP, Action.RECEIVE, CLIENT, SERVER, new byte[300], "");
        log.record(Transport.TCP, Action.DROP, SERVER, CLIENT, new byte[3], "ACK 1");
        log.note("server stopped");
        String text = new TrafficView(new Style(false), 80).render(log, false, true);
        assertThat(text).contains("#1 connect()").contains("#3 read 300 B").contains("#4 lost: ACK 1 3 B")
                .contains("── server stopped ──")
                .contains("… 44 more bytes (--full shows all 300)");
        assertThat(new TrafficView(new Style(false), 80).render(log, true, false)).doesNotContain("more bytes");
    }
}
