package netlab.core.wire;

import java.time.Instant;
import java.util.Objects;

/**
 * One packet in a pcap file: when it was captured, its length on the wire, and the bytes
 * captured (fewer than the original length when the snapshot length cut it).
 */
public record PcapRecord(Instant timestamp, int originalLength, byte[] data) {
    public PcapRecord {
        Objects.requireNonNull(timestamp, "timestamp");
        data = data.clone();
        if (originalLength < data.length) {
            throw new IllegalArgumentException("original length " + originalLength + " is below the captured " + data.length);
        }
    }

    @Override
    public byte[] data() {
        return data.clone();
    }
}
