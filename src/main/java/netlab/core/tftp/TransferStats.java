package netlab.core.tftp;

/**
 * Counters one side of a transfer keeps: what it sent and received, what it sent again after a
 * timeout, what arrived twice, and the bytes of file data moved.
 */
public final class TransferStats {
    private long packetsSent;
    private long packetsReceived;
    private long retransmissions;
    private long duplicates;
    private long timeouts;
    private long bytes;

    void sent(int count) {
        packetsSent += count;
    }

    void received() {
        packetsReceived++;
    }

    void retransmitted(int count) {
        retransmissions += count;
    }

    void duplicate() {
        duplicates++;
    }

    void timeout() {
        timeouts++;
    }

    void bytes(long n) {
        bytes += n;
    }

    public long packetsSent() {
        return packetsSent;
    }

    public long packetsReceived() {
        return packetsReceived;
    }

    /** Packets sent again because an answer did not come in time. */
    public long retransmissions() {
        return retransmissions;
    }

    /** Packets that arrived a second time (or stale ones, for a block already handled). */
    public long duplicates() {
        return duplicates;
    }

    public long timeouts() {
        return timeouts;
    }

    /** File bytes sent (sender) or written (receiver), counted once. */
    public long bytes() {
        return bytes;
    }
}
