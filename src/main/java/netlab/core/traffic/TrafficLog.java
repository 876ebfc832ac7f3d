package netlab.core.traffic;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * What one demo's sockets did, in the order it happened, recorded from any number of threads.
 * Endpoints can be given roles ("client", "server") for the ladder's column headings. Listeners
 * see each exchange as it is recorded, for live views such as {@code udp listen}.
 */
public final class TrafficLog {
    private final long start = System.nanoTime();
    private final List<Exchange> exchanges = new ArrayList<>();
    private final Map<InetSocketAddress, String> roles = new LinkedHashMap<>();
    private final List<Consumer<Exchange>> listeners = new CopyOnWriteArrayList<>();

    /** Names an endpoint; it becomes a column of the ladder in the order named. */
    public synchronized void role(InetSocketAddress endpoint, String role) {
        roles.put(endpoint, role);
    }

    public synchronized Map<InetSocketAddress, String> roles() {
        return new LinkedHashMap<>(roles);
    }

    public Exchange record(Transport transport, Action action, InetSocketAddress from, InetSocketAddress to,
                           byte[] payload, String label) {
        Exchange exchange;
        synchronized (this) {
            exchange = new Exchange(exchanges.size() + 1, System.nanoTime() - start, transport, action, from, to,
                    payload, label);
            exchanges.add(exchange);
        }
        for (Consumer<Exchange> listener : listeners) {
            listener.accept(exchange);
        }
        return exchange;
    }

    public Exchange note(String text) {
        return record(Transport.TCP, Action.NOTE, null, null, null, text);
    }

    public void listen(Consumer<Exchange> listener) {
        listeners.add(listener);
    }

    public synchronized List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    /** Every endpoint that appears, named ones first (in the order named), then in order of appearance. */
    public synchronized List<InetSocketAddress> endpoints() {
        List<InetSocketAddress> endpoints = new ArrayList<>(roles.keySet());
        for (Exchange e : exchanges) {
            for (InetSocketAddress a : new InetSocketAddress[] {e.from(), e.to()}) {
                if (a != null && !endpoints.contains(a)) {
                    endpoints.add(a);
                }
            }
        }
        return endpoints;
    }

    /** Bytes sent (SEND actions) in total. */
    public synchronized long bytesSent() {
        return exchanges.stream().filter(e -> e.action() == Action.SEND).mapToLong(Exchange::size).sum();
    }
}
