package netlab.core.traffic;

import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import netlab.core.wire.Endpoint;
import netlab.core.wire.Frames;
import netlab.core.wire.TcpFlow;

/**
 * Rebuilds Ethernet/IPv4/UDP/TCP frames (RFC 894, 791, 768, 9293) from what a demo's sockets
 * recorded, for a pcap file: the payloads and endpoints are the real ones; the headers below them
 * (MAC addresses, IPv4 identification, TCP sequence numbers, windows, the handshake and
 * teardown segments) are made up consistently, because a program sees only its payloads.
 * One UDP datagram per send; for TCP: SYN, SYN-ACK, ACK at connect, each write as one PSH-ACK
 * segment acknowledged by the peer, FIN-ACK, FIN-ACK, ACK at the first close.
 * Only IPv4 endpoints can be framed; the others are counted in {@link Result#skipped()}.
 */
public final class TrafficFrames {
    private TrafficFrames() {
    }

    /** One rebuilt frame and when its exchange happened. */
    public record Frame(Instant time, byte[] bytes) {
        public Frame {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }

    /** The frames, and how many exchanges could not be framed (IPv6 endpoints). */
    public record Result(List<Frame> frames, int skipped) {
        public Result {
            frames = List.copyOf(frames);
        }
    }

    /** Frames of one log whose first exchange happened at {@code start}. */
    public static Result of(TrafficLog log, Instant start) {
        Map<Set<InetSocketAddress>, Connection> connections = new HashMap<>();
        List<Frame> frames = new ArrayList<>();
        int skipped = 0;
        for (Exchange e : log.exchanges()) {
            if (e.from() == null || e.to() == null || e.action() == Action.NOTE || e.action() == Action.RECEIVE
                    || e.action() == Action.ACCEPT || e.action() == Action.DROP) {
                continue;
            }
            if (!(e.from().getAddress() instanceof Inet4Address) || !(e.to().getAddress() instanceof Inet4Address)) {
                skipped++;
                continue;
            }
            Instant time = start.plusNanos(e.nanos());
            List<byte[]> built = new ArrayList<>();
            if (e.transport() == Transport.UDP) {
                if (e.action() == Action.SEND) {
                    built.add(Frames.udp(e.from(), e.to(), e.payload()));
                }
            } else {
                Set<InetSocketAddress> key = Set.of(e.from(), e.to());
                Connection c = connections.get(key);
                if (c == null || c.closed && e.action() == Action.CONNECT) {
                    c = new Connection(e.from(), e.to(), connections.size());
                    connections.put(key, c);
                    built.addAll(c.flow.open());
                    if (e.action() == Action.CONNECT) {
                        frames.addAll(stamp(built, time));
                        continue;
                    }
                }
                built.addAll(c.next(e));
            }
            frames.addAll(stamp(built, time));
        }
        return new Result(frames, skipped);
    }

    private static List<Frame> stamp(List<byte[]> built, Instant time) {
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < built.size(); i++) {
            frames.add(new Frame(time.plusNanos(i * 1000L), built.get(i)));
        }
        return frames;
    }

    /** One TCP connection being rebuilt: who is the client, and whether a FIN was already framed. */
    private static final class Connection {
        final InetSocketAddress client;
        final TcpFlow flow;
        boolean closed;

        Connection(InetSocketAddress client, InetSocketAddress server, int index) {
            this.client = client;
            long isn = 1_000_000L * (index + 1);
            this.flow = new TcpFlow(Endpoint.of(client), Endpoint.of(server), isn, isn + 500_000L);
        }

        List<byte[]> next(Exchange e) {
            boolean fromClient = e.from().equals(client);
            return switch (e.action()) {
                case SEND -> closed ? List.of() : fromClient
                        ? List.of(flow.clientSends(e.payload()), flow.serverAcks())
                        : List.of(flow.serverSends(e.payload()), flow.clientAcks());
                case CLOSE -> {
                    if (closed) {
                        yield List.of();
                    }
                    closed = true;
                    yield fromClient ? flow.closeFromClient() : flow.closeFromServer();
                }
                case CONNECT, ACCEPT, RECEIVE, DROP, NOTE -> List.of();
            };
        }
    }
}
