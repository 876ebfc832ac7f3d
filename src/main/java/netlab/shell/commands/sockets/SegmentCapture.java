package netlab.shell.commands.sockets;

import java.io.IOException;
import java.net.InetSocketAddress;
import netlab.net.Scope;
import netlab.net.capture.Tcpdump;

/** The capture of one demo connection by tcpdump, or the reason there is none. */
final class SegmentCapture {
    private static final int MAX_PACKETS = 40;
    private final Scope scope;
    private Tcpdump tcpdump;
    private Tcpdump.Unavailable unavailable;
    private byte[] pcap;

    SegmentCapture(Scope scope) {
        this.scope = scope;
    }

    void start(InetSocketAddress client, InetSocketAddress server) throws IOException {
        try {
            tcpdump = Tcpdump.start(scope, client.getPort(), server.getPort(), MAX_PACKETS);
        } catch (Tcpdump.Unavailable e) {
            unavailable = e;
        }
    }

    boolean started() {
        return tcpdump != null;
    }

    Tcpdump.Unavailable unavailable() {
        return unavailable;
    }

    /** Stops the capture (once) and returns the pcap bytes. */
    byte[] pcap() throws IOException {
        if (pcap == null) {
            pcap = tcpdump.stop();
        }
        return pcap.clone();
    }
}
