package netlab.net.chat;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import netlab.core.traffic.Action;
import netlab.core.traffic.TrafficLog;
import netlab.core.traffic.Transport;
import netlab.net.Loopback;
import netlab.net.NetFailure;
import netlab.net.Scope;

/**
 * Both ends of the chat in one process, driven by a script: the client and the server each have a
 * reader thread, exactly as in two terminals. One step has both sides send at the same moment, to
 * show that a TCP connection carries both directions at once. The steps wait for each message to
 * arrive, so the record reads the same on every run.
 */
public final class ChatDemo {
    private static final int WAIT_MS = 3000;

    /** Who said what, in order. */
    public record Line(String who, String text) {
    }

    public record Result(InetSocketAddress server, InetSocketAddress client, List<Line> lines,
                         ChatConnection.End serverEnd, ChatConnection.End clientEnd) {
        public Result {
            lines = List.copyOf(lines);
        }
    }

    private final Scope scope;
    private final TrafficLog log;

    public ChatDemo(Scope scope, TrafficLog log) {
        this.scope = scope;
        this.log = log;
    }

    /** The client says {@code first}, the server answers, both send at once, then the client types exit. */
    public Result run(String first) throws IOException, InterruptedException {
        BlockingQueue<String> atServer = new LinkedBlockingQueue<>();
        BlockingQueue<String> atClient = new LinkedBlockingQueue<>();
        ChatServer server = new ChatServer(scope, socket -> events(atServer));
        InetSocketAddress serverAddress = server.start(Loopback.v4(0));
        server.open();
        Socket socket = scope.add(new Socket());
        socket.bind(Loopback.v4(0));
        InetSocketAddress clientAddress = (InetSocketAddress) socket.getLocalSocketAddress();
        log.role(clientAddress, "client");
        log.role(serverAddress, "server");
        log.record(Transport.TCP, Action.CONNECT, clientAddress, serverAddress, null, "");
        try {
            socket.connect(serverAddress, WAIT_MS);
        } catch (IOException e) {
            throw NetFailure.of(e, "connect", serverAddress);
        }
        ChatConnection client = new ChatConnection(scope, socket, events(atClient)).start();
        ChatConnection serverSide = server.awaitClient(WAIT_MS);
        if (serverSide == null) {
            throw new NetFailure(NetFailure.Kind.TIMEOUT, "the chat server did not take the client in time", null);
        }
        log.record(Transport.TCP, Action.ACCEPT, clientAddress, serverAddress, null, "");
        List<Line> lines = new ArrayList<>();
        say(client, "client", clientAddress, serverAddress, first, lines);
        hear(atServer, "server", clientAddress, serverAddress, lines);
        say(serverSide, "server", serverAddress, clientAddress, "Hi! Type any time.", lines);
        hear(atClient, "client", serverAddress, clientAddress, lines);
        say(client, "client", clientAddress, serverAddress, "We both type at once", lines);
        say(serverSide, "server", serverAddress, clientAddress, "and both lines arrive", lines);
        hear(atServer, "server", clientAddress, serverAddress, lines);
        hear(atClient, "client", serverAddress, clientAddress, lines);
        lines.add(new Line("client", ChatConnection.EXIT));
        log.record(Transport.TCP, Action.SEND, clientAddress, serverAddress,
                netlab.core.chat.LineFramer.encode(ChatConnection.EXIT), "");
        client.exit();
        serverSide.await(WAIT_MS);
        client.await(WAIT_MS);
        log.record(Transport.TCP, Action.CLOSE, clientAddress, serverAddress, null, "");
        log.record(Transport.TCP, Action.CLOSE, serverAddress, clientAddress, null, "");
        return new Result(serverAddress, clientAddress, lines, serverSide.end(), client.end());
    }

    private void say(ChatConnection side, String who, InetSocketAddress from, InetSocketAddress to, String text,
                     List<Line> lines) throws IOException {
        byte[] wire = side.send(text);
        log.record(Transport.TCP, Action.SEND, from, to, wire, "");
        lines.add(new Line(who, text));
    }

    private void hear(BlockingQueue<String> queue, String who, InetSocketAddress from, InetSocketAddress to,
                      List<Line> lines) throws InterruptedException, IOException {
        String text = queue.poll(WAIT_MS, TimeUnit.MILLISECONDS);
        if (text == null) {
            throw new InterruptedIOException("the " + who + " did not get the message in time");
        }
        log.record(Transport.TCP, Action.RECEIVE, from, to, netlab.core.chat.LineFramer.encode(text), "");
        lines.add(new Line(who + " read", text));
    }

    private static ChatConnection.Events events(BlockingQueue<String> queue) {
        return new ChatConnection.Events() {
            @Override
            public void message(String text, byte[] wire) {
                queue.add(text);
            }

            @Override
            public void ended(ChatConnection.End end, String detail) {
            }
        };
    }
}
