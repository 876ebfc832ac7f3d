package netlab.core.traffic;

import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * One thing a demo's sockets did: who sent to whom, which bytes, when. For {@link Action#SEND}
 * and {@link Action#DROP} {@code from} is the sender; for {@link Action#RECEIVE} {@code to} is the
 * socket that read the bytes. Addresses travel beside the payload, as in a real envelope.
 *
 * @param sequence 1-based order in its log
 * @param nanos    time since the log started
 * @param label    a short description for the ladder ("DATA #1", "Hello, Bob!"), may be empty
 */
public record Exchange(int sequence, long nanos, Transport transport, Action action,
                       InetSocketAddress from, InetSocketAddress to, byte[] payload, String label) {
    public Exchange {
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(action, "action");
        payload = payload == null ? new byte[0] : payload.clone();
        label = label == null ? "" : label;
    }

    /** A copy of the bytes. */
    @Override
    public byte[] payload() {
        return payload.clone();
    }

    public int size() {
        return payload.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Exchange e && e.sequence == sequence && e.nanos == nanos && e.transport == transport
                && e.action == action && Objects.equals(e.from, from) && Objects.equals(e.to, to)
                && java.util.Arrays.equals(e.payload, payload) && e.label.equals(label);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sequence, nanos, action, from, to, java.util.Arrays.hashCode(payload));
    }

    @Override
    public String toString() {
        return "#" + sequence + " " + transport + " " + action + " " + from + " -> " + to + " " + payload.length + " B "
                + label;
    }
}
