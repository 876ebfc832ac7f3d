package netlab.net.chat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import netlab.core.chat.LineFramer;
import netlab.net.NetFailure;
import netlab.net.Scope;

/**
 * One side of a chat over TCP: messages are UTF-8 lines. A reader thread reads the peer's lines
 * while this side writes its own, so both can type at once. {@code exit} ends the chat on both
 * sides: the side that types it sends it and shuts down its output (FIN); the other side sees
 * {@code exit}, closes, and its FIN ends the first side's reader.
 */
public final class ChatConnection {
    public static final String EXIT = "exit";
    private static final int BYE_MS = 2000;

    /** How a chat ended, as seen by this side. */
    public enum End {
        /** The peer typed {@code exit}. */
        PEER_EXIT,
        /** This side typed {@code exit} and the peer closed in turn. */
        LOCAL_EXIT,
        /** The peer closed the connection without saying {@code exit}. */
        PEER_CLOSED,
        /** The peer closed in the middle of a message (bytes without a newline). */
        MID_MESSAGE,
        /** The connection was reset (the peer's program died or aborted). */
        RESET,
        /** The peer sent something that is not chat lines (a line too long). */
        GARBAGE,
        /** This side was stopped (Ctrl-C, or the program ends). */
        STOPPED
    }

    /** What the reader thread reports. Called on the reader thread. */
    public interface Events {
        void message(String text, byte[] wire);

        void ended(End end, String detail);
    }

    private final Scope scope;
    private final Socket socket;
    private final InetSocketAddress local;
    private final InetSocketAddress peer;
    private final Events events;
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile boolean exiting;
    private volatile End end;

    public ChatConnection(Scope scope, Socket socket, Events events) {
        this.scope = scope;
        this.socket = socket;
        this.local = (InetSocketAddress) socket.getLocalSocketAddress();
        this.peer = (InetSocketAddress) socket.getRemoteSocketAddress();
        this.events = events;
    }

    /** Starts the reader thread. */
    public ChatConnection start() {
        scope.start("chat-reader-" + peer.getPort(), this::readLoop);
        return this;
    }

    public InetSocketAddress local() {
        return local;
    }

    public InetSocketAddress peer() {
        return peer;
    }

    /** True once the chat has ended (either side). */
    public boolean ended() {
        return end != null;
    }

    public End end() {
        return end;
    }

    /** Sends one message; returns its bytes on the wire. */
    public synchronized byte[] send(String text) throws IOException {
        byte[] wire = LineFramer.encode(text);
        try {
            OutputStream out = socket.getOutputStream();
            out.write(wire);
            out.flush();
        } catch (IOException e) {
            throw NetFailure.of(e, "sending", peer);
        }
        return wire;
    }

    /** Sends {@code exit}, shuts down the output (FIN) and waits for the peer to close in turn. */
    public byte[] exit() throws IOException {
        return exit(wire -> { });
    }

    /** As {@link #exit()}; {@code sending} sees the bytes of {@code exit} just before they are written. */
    public byte[] exit(java.util.function.Consumer<byte[]> sending) throws IOException {
        exiting = true;
        sending.accept(LineFramer.encode(EXIT));
        byte[] wire = send(EXIT);
        try {
            closeAfterExit();
            done.await(BYE_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            close();
        }
        return wire;
    }

    /** Waits until the chat has ended; false when {@code millis} passed first. */
    public boolean await(long millis) throws InterruptedException {
        return done.await(millis, TimeUnit.MILLISECONDS);
    }

    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    private void readLoop() {
        LineFramer framer = new LineFramer();
        byte[] buffer = new byte[8192];
        try {
            InputStream in = socket.getInputStream();
            while (true) {
                int n = in.read(buffer);
                if (n < 0) {
                    if (exiting) {
                        finish(End.LOCAL_EXIT, "");
                    } else if (framer.pending() > 0) {
                        finish(End.MID_MESSAGE, framer.pending() + " bytes without a newline were dropped");
                    } else {
                        finish(End.PEER_CLOSED, "");
                    }
                    return;
                }
                for (LineFramer.Line line : framer.feed(buffer, 0, n)) {
                    if (line.text().equals(EXIT)) {
                        if (exiting) {
                            continue;
                        }
                        closeAfterExit();
                        events.message(line.text(), line.wire());
                        finish(End.PEER_EXIT, "");
                        return;
                    }
                    events.message(line.text(), line.wire());
                }
            }
        } catch (LineFramer.LineTooLongException e) {
            finish(End.GARBAGE, e.getMessage() + "; not chat lines, so the connection was closed");
        } catch (SocketException e) {
            if (scope.cancelled() || socket.isClosed()) {
                finish(exiting ? End.LOCAL_EXIT : End.STOPPED, "");
            } else {
                NetFailure failure = NetFailure.of(e, "reading", peer);
                finish(failure.kind() == NetFailure.Kind.RESET ? End.RESET : End.PEER_CLOSED, failure.getMessage());
            }
        } catch (IOException e) {
            finish(End.PEER_CLOSED, NetFailure.of(e, "reading", peer).getMessage());
        }
    }

    private void closeAfterExit() {
        try {
            if (!socket.isClosed()) {
                socket.shutdownOutput();
            }
        } catch (IOException ignored) {
            // the peer may already be gone, and the reader closed the socket
        }
    }

    private void finish(End how, String detail) {
        end = how;
        close();
        try {
            events.ended(how, detail);
        } finally {
            done.countDown();
        }
    }
}
