package netlab.net.load;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.Iterator;
import netlab.core.framing.FrameDecoder;
import netlab.core.framing.Framing;
import netlab.core.framing.FramingException;
import netlab.net.NetFailure;
import netlab.net.Scope;

/**
 * One thread serves every connection: a selector (epoll on Linux) says which sockets have bytes
 * to read or room to write, and the thread never blocks on any single client. Each connection
 * keeps its own half-read message and its own queue of bytes still to write; while a client does
 * not read its echoes, the server stops reading from it (back-pressure).
 */
final class SelectorLoadServer extends LoadServer {
    private final Scope scope;
    private final ByteBuffer readBuffer = ByteBuffer.allocate(64 * 1024);
    private volatile boolean closing;
    private Selector selector;
    private ServerSocketChannel listener;
    private Thread thread;

    /** One connection's state. */
    private static final class Connection {
        final SocketChannel channel;
        final FrameDecoder decoder = Framing.LENGTH.decoder(MAX_MESSAGE);
        final ArrayDeque<ByteBuffer> pending = new ArrayDeque<>();

        Connection(SocketChannel channel) {
            this.channel = channel;
        }
    }

    SelectorLoadServer(Scope scope) {
        this.scope = scope;
    }

    @Override
    public boolean virtualThreads() {
        return false;
    }

    @Override
    public InetSocketAddress start(InetSocketAddress bindTo, int backlog) throws IOException {
        selector = Selector.open();
        listener = ServerSocketChannel.open();
        scope.add(this::stop);
        try {
            listener.bind(bindTo, backlog);
        } catch (BindException e) {
            throw NetFailure.bind(bindTo, "TCP", e);
        }
        listener.configureBlocking(false);
        listener.register(selector, SelectionKey.OP_ACCEPT);
        thread = scope.start("load-selector", this::loop);
        threadStarted(1);
        return (InetSocketAddress) listener.getLocalAddress();
    }

    private void loop() {
        try {
            while (!closing) {
                selector.select();
                Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
                while (keys.hasNext()) {
                    SelectionKey key = keys.next();
                    keys.remove();
                    if (!key.isValid()) {
                        continue;
                    }
                    if (key.isAcceptable()) {
                        acceptAll();
                    } else {
                        serve(key);
                    }
                }
            }
        } catch (IOException | ClosedSelectorException e) {
            // the server is stopping
        } finally {
            closeAll();
        }
    }

    private void acceptAll() throws IOException {
        SocketChannel channel;
        while ((channel = listener.accept()) != null) {
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            channel.register(selector, SelectionKey.OP_READ, new Connection(channel));
            opened();
        }
    }

    private void serve(SelectionKey key) {
        Connection c = (Connection) key.attachment();
        try {
            if (key.isWritable() && !flush(c)) {
                return;
            }
            if (key.isReadable() || key.isWritable()) {
                read(key, c);
            }
        } catch (IOException e) {
            dropped(e instanceof FramingException ? e.getMessage()
                    : NetFailure.of(e, "reading", remote(c)).getMessage());
            close(key);
        }
    }

    /** Reads what is there, echoes every whole message; stops reading while echoes wait to be written. */
    private void read(SelectionKey key, Connection c) throws IOException {
        while (true) {
            readBuffer.clear();
            int n = c.channel.read(readBuffer);
            if (n < 0) {
                if (c.decoder.partial()) {
                    throw new FramingException("the client closed in the middle of a message");
                }
                close(key);
                return;
            }
            if (n == 0) {
                key.interestOps(SelectionKey.OP_READ);
                return;
            }
            for (byte[] message : c.decoder.feed(readBuffer.array(), 0, n).messages()) {
                c.pending.add(ByteBuffer.wrap(Framing.LENGTH.encode(message)));
                echoedOne();
            }
            if (!flush(c)) {
                key.interestOps(SelectionKey.OP_WRITE);
                return;
            }
        }
    }

    /** Writes queued echoes; true when all of them went out. */
    private static boolean flush(Connection c) throws IOException {
        while (!c.pending.isEmpty()) {
            ByteBuffer head = c.pending.peek();
            c.channel.write(head);
            if (head.hasRemaining()) {
                return false;
            }
            c.pending.poll();
        }
        return true;
    }

    private static InetSocketAddress remote(Connection c) {
        try {
            return (InetSocketAddress) c.channel.getRemoteAddress();
        } catch (IOException e) {
            return null;
        }
    }

    private void close(SelectionKey key) {
        key.cancel();
        try {
            ((Connection) key.attachment()).channel.close();
        } catch (IOException ignored) {
            // closing is best effort
        }
        closed();
    }

    private void closeAll() {
        try {
            for (SelectionKey key : selector.keys()) {
                if (key.isValid() && key.attachment() instanceof Connection) {
                    close(key);
                }
            }
        } catch (ClosedSelectorException ignored) {
            // already closed
        }
        try {
            listener.close();
            selector.close();
        } catch (IOException ignored) {
            // closing is best effort
        }
    }

    private void stop() throws InterruptedException, IOException {
        closing = true;
        selector.wakeup();
        if (thread != null) {
            thread.join(10_000);
        } else {
            closeAll();
        }
    }
}
