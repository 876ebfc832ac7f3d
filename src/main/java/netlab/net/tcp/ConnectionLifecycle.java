package netlab.net.tcp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
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
 * One TCP connection on 127.0.0.1 taken through its life a call at a time (RFC 9293 §3.5 and
 * §3.6): listen, connect, accept, one write and read, then close by one side and then the other.
 * After each call the kernel's state of every socket involved is read from {@code /proc/net/tcp},
 * waiting briefly for the state the call leads to.
 */
public final class ConnectionLifecycle {
    /** The payload the client writes once the connection is open. */
    public static final String DATA = "hello";
    private static final int SETTLE_MS = 1000;

    private final Scope scope;
    private final TrafficLog log;

    public ConnectionLifecycle(Scope scope, TrafficLog log) {
        this.scope = scope;
        this.log = log;
    }

    /** Which part of the connection's life a step belongs to. */
    public enum Phase { SETUP, DATA, TEARDOWN }

    /** Which side calls close() first. */
    public enum Side { CLIENT, SERVER }

    /** Told when both ports are known and nothing has been sent yet (a packet capture starts here). */
    public interface Observer {
        void beforeConnect(InetSocketAddress client, InetSocketAddress server) throws IOException;
    }

    /** A socket as the kernel reported it after a step. */
    public record SocketState(String role, InetSocketAddress local, InetSocketAddress remote, TcpState state,
                              long rxQueue, long txQueue) {
    }

    /** One call, who made it, and the kernel's view afterwards. */
    public record Step(Phase phase, String who, String call, String effect, List<SocketState> sockets) {
        public Step {
            sockets = List.copyOf(sockets);
        }
    }

    public record Result(InetSocketAddress client, InetSocketAddress server, Side first, List<Step> steps,
                         boolean kernelStates) {
        public Result {
            steps = List.copyOf(steps);
        }
    }

    public Result run(Side first, Observer observer) throws IOException {
        ServerSocket listener = scope.add(new ServerSocket());
        listener.setReuseAddress(false);
        listener.bind(Loopback.v4(0), 50);
        InetSocketAddress server = (InetSocketAddress) listener.getLocalSocketAddress();
        Socket clientSocket = scope.add(new Socket());
        clientSocket.bind(Loopback.v4(0));
        InetSocketAddress client = (InetSocketAddress) clientSocket.getLocalSocketAddress();
        log.role(client, "client");
        log.role(server, "server");
        Table table = new Table(client, server);
        List<Step> steps = new ArrayList<>();
        steps.add(table.step(Phase.SETUP, "server", "socket(), bind(" + NetFailure.name(server) + "), listen()",
                "the listening socket waits for SYNs", s -> table.has(s, "listener", TcpState.LISTEN)));
        if (observer != null) {
            observer.beforeConnect(client, server);
        }
        log.record(Transport.TCP, Action.CONNECT, client, server, null, "");
        try {
            clientSocket.connect(server, 2000);
        } catch (IOException e) {
            throw NetFailure.of(e, "connect", server);
        }
        clientSocket.setSoTimeout(2000);
        steps.add(table.step(Phase.SETUP, "client", "connect(" + NetFailure.name(server) + ")",
                "SYN →, ← SYN-ACK, ACK →: the kernel finished the handshake; the new connection waits in the accept queue",
                s -> table.has(s, "client", TcpState.ESTABLISHED) && table.has(s, "server", TcpState.ESTABLISHED)));
        listener.setSoTimeout(2000);
        Socket accepted = scope.add(listener.accept());
        accepted.setSoTimeout(2000);
        log.record(Transport.TCP, Action.ACCEPT, client, server, null, "");
        steps.add(table.step(Phase.SETUP, "server", "accept()",
                "takes the finished connection off the queue: a new socket, same port " + server.getPort(),
                s -> table.has(s, "server", TcpState.ESTABLISHED)));
        byte[] data = DATA.getBytes(StandardCharsets.US_ASCII);
        log.record(Transport.TCP, Action.SEND, client, server, data, "");
        clientSocket.getOutputStream().write(data);
        steps.add(table.step(Phase.DATA, "client", "write(\"" + DATA + "\")",
                "one segment with PSH, ACK and 5 bytes; the server's kernel acknowledges it and holds it until read",
                s -> table.queued(s, "server") == data.length));
        byte[] buffer = new byte[64];
        int n = accepted.getInputStream().read(buffer);
        log.record(Transport.TCP, Action.RECEIVE, client, server, java.util.Arrays.copyOf(buffer, Math.max(0, n)), "");
        steps.add(table.step(Phase.DATA, "server", "read() → \"" + DATA + "\"", "the bytes leave the receive queue",
                s -> table.queued(s, "server") == 0));
        Socket closer = first == Side.CLIENT ? clientSocket : accepted;
        Socket other = first == Side.CLIENT ? accepted : clientSocket;
        String closerRole = first == Side.CLIENT ? "client" : "server";
        String otherRole = first == Side.CLIENT ? "server" : "client";
        InetSocketAddress closerEnd = first == Side.CLIENT ? client : server;
        InetSocketAddress otherEnd = first == Side.CLIENT ? server : client;
        log.record(Transport.TCP, Action.CLOSE, closerEnd, otherEnd, null, "");
        closer.close();
        steps.add(table.step(Phase.TEARDOWN, closerRole, "close()",
                "FIN →, ← ACK: this side may not send any more; the other side may still send",
                s -> table.has(s, closerRole, TcpState.FIN_WAIT2) && table.has(s, otherRole, TcpState.CLOSE_WAIT)));
        int end = other.getInputStream().read(buffer);
        log.record(Transport.TCP, Action.RECEIVE, closerEnd, otherEnd, null, "end of stream");
        steps.add(table.step(Phase.TEARDOWN, otherRole, "read() → " + end + " (end of stream)",
                "the FIN reads as end of stream; nothing is sent", s -> table.has(s, otherRole, TcpState.CLOSE_WAIT)));
        log.record(Transport.TCP, Action.CLOSE, otherEnd, closerEnd, null, "");
        other.close();
        steps.add(table.step(Phase.TEARDOWN, otherRole, "close()",
                "FIN →, ← ACK: the side that closed first now holds TIME_WAIT",
                s -> table.has(s, closerRole, TcpState.TIME_WAIT) && table.find(s, otherRole) == null));
        listener.close();
        steps.add(table.step(Phase.TEARDOWN, "server", "close() the listening socket",
                "no new connections; the TIME_WAIT entry stays for 60 s without any program owning it",
                s -> table.find(s, "listener") == null));
        return new Result(client, server, first, steps, KernelTcpTable.available());
    }

    /** The sockets of one connection, named by role. */
    private static final class Table {
        private final InetSocketAddress client;
        private final InetSocketAddress server;

        Table(InetSocketAddress client, InetSocketAddress server) {
            this.client = client;
            this.server = server;
        }

        Step step(Phase phase, String who, String call, String effect, Predicate<List<SocketState>> settled)
                throws IOException {
            List<KernelSocket> raw = KernelTcpTable.await(List.of(client, server),
                    k -> settled.test(states(k)), SETTLE_MS);
            return new Step(phase, who, call, effect, states(raw));
        }

        List<SocketState> states(List<KernelSocket> sockets) {
            List<SocketState> states = new ArrayList<>();
            for (String role : List.of("listener", "client", "server")) {
                for (KernelSocket k : sockets) {
                    if (role.equals(role(k))) {
                        states.add(new SocketState(role, k.local(), k.remote(), k.state(), k.rxQueue(), k.txQueue()));
                    }
                }
            }
            return states;
        }

        String role(KernelSocket k) {
            if (k.local().equals(server) && k.state() == TcpState.LISTEN) {
                return "listener";
            }
            if (k.is(client, server)) {
                return "client";
            }
            if (k.is(server, client)) {
                return "server";
            }
            return null;
        }

        SocketState find(List<SocketState> states, String role) {
            return states.stream().filter(s -> s.role().equals(role)).findFirst().orElse(null);
        }

        boolean has(List<SocketState> states, String role, TcpState state) {
            SocketState s = find(states, role);
            return s != null && s.state() == state;
        }

        long queued(List<SocketState> states, String role) {
            SocketState s = find(states, role);
            return s == null ? -1 : s.rxQueue();
        }
    }
}
