package netlab.net.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import netlab.core.traffic.TrafficLog;
import netlab.core.wire.EthernetHeader;
import netlab.core.wire.Ipv4Codec;
import netlab.core.wire.PcapFile;
import netlab.core.wire.PcapRecord;
import netlab.core.wire.TcpCodec;
import netlab.core.wire.TcpHeader;
import netlab.net.NetProbe;
import netlab.net.Scope;
import netlab.net.tcp.ConnectionLifecycle;
import org.junit.jupiter.api.Test;

/** The real segments of one connection, captured by tcpdump on lo (needs tcpdump and root or its capabilities). */
class TcpdumpTest {
    @Test
    void capturesTheHandshakeDataAndTeardownOfThatConnectionOnlyAndStopsWithTheDemo() throws Exception {
        assumeTrue(Tcpdump.program().isPresent(), "tcpdump is not installed: skipping");
        long childrenBefore = ProcessHandle.current().children().count();
        List<TcpHeader> segments = new ArrayList<>();
        InetSocketAddress[] ends = new InetSocketAddress[2];
        try (Scope scope = new Scope()) {
            Tcpdump[] tcpdump = new Tcpdump[1];
            try {
                ConnectionLifecycle.Result result = new ConnectionLifecycle(scope, new TrafficLog())
                        .run(ConnectionLifecycle.Side.CLIENT, (client, server) -> {
                            tcpdump[0] = Tcpdump.start(scope, client.getPort(), server.getPort(), 40);
                        });
                ends[0] = result.client();
                ends[1] = result.server();
            } catch (Tcpdump.Unavailable e) {
                assumeTrue(false, "tcpdump may not capture here (" + e.getMessage() + "): skipping");
            }
            PcapFile pcap = PcapFile.read(tcpdump[0].stop());
            for (PcapRecord r : pcap.records()) {
                var ip = Ipv4Codec.decode(EthernetHeader.decode(r.data()).payload());
                segments.add(TcpCodec.decode(ip.payload(), ip.header().source(), ip.header().destination()).header());
            }
        }
        assertThat(segments).allSatisfy(h -> assertThat(List.of(h.sourcePort(), h.destinationPort()))
                .containsExactlyInAnyOrder(ends[0].getPort(), ends[1].getPort()));
        assertThat(segments.get(0).flags()).isEqualTo(TcpHeader.SYN);
        assertThat(segments.get(1).flags()).isEqualTo(TcpHeader.SYN | TcpHeader.ACK);
        assertThat(segments.get(2).flags()).isEqualTo(TcpHeader.ACK);
        assertThat(segments.get(3).flags()).isEqualTo(TcpHeader.PSH | TcpHeader.ACK);
        assertThat(segments).filteredOn(h -> h.has(TcpHeader.FIN)).hasSize(2);
        assertThat(segments.get(segments.size() - 1).flags()).isEqualTo(TcpHeader.ACK);
        assertThat(ProcessHandle.current().children().count()).isEqualTo(childrenBefore);
    }

    @Test
    void aCaptureStoppedByCancelLeavesNoProcessNoFileNoThread() throws Exception {
        assumeTrue(Tcpdump.program().isPresent(), "tcpdump is not installed: skipping");
        startAndCancel();
        long childrenBefore = ProcessHandle.current().children().count();
        var threads = NetProbe.threads();
        long fds = NetProbe.descriptors();
        startAndCancel();
        assertThat(ProcessHandle.current().children().count()).isEqualTo(childrenBefore);
        assertThat(NetProbe.threads()).isEqualTo(threads);
        assertThat(NetProbe.descriptors()).isEqualTo(fds);
    }

    private static void startAndCancel() throws IOException {
        Scope scope = new Scope();
        try {
            Tcpdump.start(scope, 1, 2, 10);
        } catch (Tcpdump.Unavailable e) {
            scope.close();
            assumeTrue(false, "tcpdump may not capture here (" + e.getMessage() + "): skipping");
        } catch (IOException e) {
            scope.close();
            throw e;
        }
        scope.cancel();
    }
}
