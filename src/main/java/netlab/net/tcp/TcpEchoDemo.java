package netlab.net.tcp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import netlab.core.traffic.TrafficLog;
import netlab.net.Loopback;
import netlab.net.Scope;

/**
 * The seeds' threaded echo server with two clients connected at the same time. Both clients
 * connect and wait for {@code Welcome!} before either says a word: with one thread per
 * connection both get it at once; with a single thread the second waits until the first has left.
 * The steps are driven one after the other, so the ladder reads the same on every run.
 */
public final class TcpEchoDemo {
    private static final int TIMEOUT_MS = 2000;
    private static final int PATIENCE_MS = 500;

    private final Scope scope;
    private final TrafficLog log;

    public TcpEchoDemo(Scope scope, TrafficLog log) {
        this.scope = scope;
        this.log = log;
    }

    /** How to run it. */
    public record Options(boolean threadPerClient, boolean resetSecond) {
    }

    /**
     * @param server           the server's listening address
     * @param clients          the two clients' addresses
     * @param replies          every line the clients read, in order
     * @param secondWaited     true when client 2 got no welcome while client 1 was connected
     */
    public record Result(InetSocketAddress server, List<InetSocketAddress> clients, List<String> replies,
                         boolean secondWaited) {
        public Result {
            clients = List.copyOf(clients);
            replies = List.copyOf(replies);
        }
    }

    /** Messages alternate between client 1 and client 2; each client then says {@code exit} (or resets). */
    public Result run(List<String> messages, Options options) throws IOException {
        TcpEchoServer server = new TcpEchoServer(scope, log, options.threadPerClient());
        InetSocketAddress serverAddress = server.start(Loopback.v4(0));
        TcpClient one = TcpClient.bound(scope, log, serverAddress, "client 1");
        TcpClient two = TcpClient.bound(scope, log, serverAddress, "client 2");
        log.role(serverAddress, "server");
        List<String> forOne = share(messages, 0);
        List<String> forTwo = share(messages, 1);
        List<String> replies = new ArrayList<>();
        one.connect(TIMEOUT_MS);
        replies.add(one.read());
        two.connect(TIMEOUT_MS);
        if (options.threadPerClient()) {
            replies.add(two.read());
            for (int i = 0; i < Math.max(forOne.size(), forTwo.size()); i++) {
                talk(one, forOne, i, replies);
                talk(two, forTwo, i, replies);
            }
            leave(one, false);
            leave(two, options.resetSecond());
            return new Result(serverAddress, List.of(one.local(), two.local()), replies, false);
        }
        Optional<String> early = two.poll(PATIENCE_MS);
        early.ifPresent(replies::add);
        if (early.isEmpty()) {
            log.note("client 2 is connected, yet no Welcome!: the only thread is busy with client 1");
        }
        for (int i = 0; i < forOne.size(); i++) {
            talk(one, forOne, i, replies);
        }
        leave(one, false);
        if (early.isEmpty()) {
            replies.add(two.read());
        }
        for (int i = 0; i < forTwo.size(); i++) {
            talk(two, forTwo, i, replies);
        }
        leave(two, options.resetSecond());
        return new Result(serverAddress, List.of(one.local(), two.local()), replies, early.isEmpty());
    }

    /** Every other message, from {@code first}, up to (not including) an {@code exit}. */
    private static List<String> share(List<String> messages, int first) {
        List<String> mine = new ArrayList<>();
        for (int i = first; i < messages.size(); i += 2) {
            if (messages.get(i).equals(TcpEchoServer.EXIT)) {
                break;
            }
            mine.add(messages.get(i));
        }
        return mine;
    }

    private static void talk(TcpClient client, List<String> messages, int i, List<String> replies) throws IOException {
        if (i < messages.size()) {
            client.write(messages.get(i));
            replies.add(client.read());
        }
    }

    private void leave(TcpClient client, boolean reset) throws IOException {
        if (!reset) {
            client.write(TcpEchoServer.EXIT);
            client.awaitEnd();
            client.close();
            return;
        }
        CountDownLatch noticed = new CountDownLatch(1);
        log.listen(e -> {
            if (e.action() == netlab.core.traffic.Action.NOTE) {
                noticed.countDown();
            }
        });
        client.abort();
        try {
            noticed.await(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("stopped");
        }
    }
}
