package netlab.net.tcp;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import netlab.core.kernel.KernelSocket;
import netlab.core.kernel.TcpState;
import netlab.core.traffic.Action;
import netlab.core.traffic.TrafficLog;
import netlab.core.traffic.Transport;
import netlab.net.Loopback;
import netlab.net.NetFailure;
import netlab.net.Scope;
import netlab.net.kernel.KernelTcpTable;

/**
 * Why a restarted server gets "Address already in use": the server closes a connection first, so
 * its end ({@code 127.0.0.1:PORT}) sits in TIME_WAIT (RFC 9293 §3.6.1); binding PORT again fails
 * without SO_REUSEADDR and works with it — on Linux only when the old socket had it too, so the
 * first server sets it as every server should. Java's {@code ServerSocket} turns SO_REUSEADDR on by
 * default on Linux, so the demo sets it explicitly both ways.
 */
public final class ReuseDemo {
    private final Scope scope;
    private final TrafficLog log;

    public ReuseDemo(Scope scope, TrafficLog log) {
        this.scope = scope;
        this.log = log;
    }

    /**
     * @param server        the port the server used and tries to bind again
     * @param timeWait      the kernel's TIME_WAIT entries on that port after the server stopped
     * @param withoutReuse  the error binding without SO_REUSEADDR (empty if it worked)
     * @param withReuse     the error binding with SO_REUSEADDR (empty if it worked)
     */
    public record Result(InetSocketAddress server, List<KernelSocket> timeWait, String withoutReuse, String withReuse) {
        public Result {
            timeWait = List.copyOf(timeWait);
        }
    }

    public Result run() throws IOException {
        ServerSocket first = scope.add(new ServerSocket());
        first.setReuseAddress(true);
        first.bind(Loopback.v4(0));
        InetSocketAddress server = (InetSocketAddress) first.getLocalSocketAddress();
        TcpClient client = TcpClient.bound(scope, log, server, "client");
        log.role(server, "server");
        client.connect(2000);
        first.setSoTimeout(2000);
        Socket accepted = scope.add(first.accept());
        log.record(Transport.TCP, Action.ACCEPT, client.local(), server, null, "");
        log.record(Transport.TCP, Action.CLOSE, server, client.local(), null, "");
        accepted.close();
        client.awaitEnd();
        client.close();
        first.close();
        log.note("server stopped; its end of the connection is in TIME_WAIT");
        List<KernelSocket> timeWait = KernelTcpTable.await(List.of(server),
                k -> k.stream().anyMatch(s -> s.state() == TcpState.TIME_WAIT), 1000)
                .stream().filter(s -> s.state() == TcpState.TIME_WAIT).toList();
        String without = bind(server, false);
        String with = bind(server, true);
        return new Result(server, timeWait, without, with);
    }

    /** Tries to listen on {@code address} again; the error message, or empty when it worked. */
    private String bind(InetSocketAddress address, boolean reuse) throws IOException {
        try (ServerSocket again = scope.add(new ServerSocket())) {
            again.setReuseAddress(reuse);
            again.bind(address);
            log.note("listen on " + NetFailure.name(address) + " with SO_REUSEADDR " + (reuse ? "on" : "off") + ": ok");
            return "";
        } catch (BindException e) {
            log.note("listen on " + NetFailure.name(address) + " with SO_REUSEADDR " + (reuse ? "on" : "off")
                    + ": " + e.getMessage());
            return e.getMessage() == null ? "Address already in use" : e.getMessage();
        }
    }
}
