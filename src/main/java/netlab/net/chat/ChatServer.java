package netlab.net.chat;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import netlab.core.chat.LineFramer;
import netlab.net.NetFailure;
import netlab.net.Scope;

/**
 * The seeds' chat server: it listens, and talks with one client at a time (the person at the
 * server's terminal is the other side). A client that arrives while a chat is on gets one line
 * saying so and is closed; when a chat ends the next client is taken. Clients that connect and
 * drop, or send garbage, end only their own chat: the server goes on listening.
 */
public final class ChatServer {
    /** The first line a client gets when the server is already chatting with someone else. */
    public static final String BUSY = "* busy: the server is chatting with someone else; try again later";

    private final Scope scope;
    private final Function<Socket, ChatConnection.Events> onJoin;
    private final AtomicReference<ChatConnection> current = new AtomicReference<>();
    private final AtomicLong turnedAway = new AtomicLong();
    private final AtomicLong accepted = new AtomicLong();
    private final Object joined = new Object();
    private ServerSocket listener;

    /** {@code onJoin} gives the events for each new chat (called on the accept thread). */
    public ChatServer(Scope scope, Function<Socket, ChatConnection.Events> onJoin) {
        this.scope = scope;
        this.onJoin = onJoin;
    }

    /** Binds and listens; clients wait in the kernel's queue until {@link #open()}. */
    public InetSocketAddress start(InetSocketAddress bindTo) throws IOException {
        listener = scope.add(new ServerSocket());
        listener.setReuseAddress(true);
        try {
            listener.bind(bindTo, 1024);
        } catch (BindException e) {
            throw NetFailure.bind(bindTo, "TCP", e);
        }
        return (InetSocketAddress) listener.getLocalSocketAddress();
    }

    /** Starts taking clients (after {@link #start}, once the caller has said where it listens). */
    public ChatServer open() {
        scope.start("chat-accept", this::acceptLoop);
        return this;
    }

    /** The chat going on now, if any. */
    public ChatConnection current() {
        ChatConnection c = current.get();
        return c == null || c.ended() ? null : c;
    }

    /** How many clients were turned away because a chat was on. */
    public long turnedAway() {
        return turnedAway.get();
    }

    /** How many connections were accepted so far (chats and turned away). */
    public long accepted() {
        return accepted.get();
    }

    /** Waits for a client to join; null when {@code millis} passed (0: wait until interrupted). */
    public ChatConnection awaitClient(long millis) throws InterruptedException {
        long deadline = millis == 0 ? Long.MAX_VALUE : System.currentTimeMillis() + millis;
        synchronized (joined) {
            while (current() == null) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    return null;
                }
                joined.wait(Math.min(left, 500));
            }
            return current();
        }
    }

    private void acceptLoop() {
        try {
            while (!scope.cancelled()) {
                Socket socket = listener.accept();
                accepted.incrementAndGet();
                if (current() != null) {
                    turnAway(socket);
                    continue;
                }
                ChatConnection.Events events = onJoin.apply(socket);
                ChatConnection connection = new ChatConnection(scope, scope.add(socket), new ChatConnection.Events() {
                    @Override
                    public void message(String text, byte[] wire) {
                        events.message(text, wire);
                    }

                    @Override
                    public void ended(ChatConnection.End end, String detail) {
                        events.ended(end, detail);
                        synchronized (joined) {
                            joined.notifyAll();
                        }
                    }
                });
                current.set(connection);
                connection.start();
                synchronized (joined) {
                    joined.notifyAll();
                }
            }
        } catch (IOException | IllegalStateException e) {
            // the listening socket was closed: the server stops
        }
    }

    private void turnAway(Socket socket) {
        turnedAway.incrementAndGet();
        try (socket) {
            socket.getOutputStream().write(LineFramer.encode(BUSY));
        } catch (IOException ignored) {
            // it may have gone already
        }
    }
}
