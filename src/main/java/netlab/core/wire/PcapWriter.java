package netlab.core.wire;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;

/**
 * Writes a classic libpcap file (draft-ietf-opsawg-pcap §4–5) in big-endian byte order with
 * microsecond timestamps, version 2.4, snapshot length 262144, the way tcpdump writes one (its
 * byte order is the machine's; readers accept both). The file header is written at once; each
 * {@link #write} adds one record. Closing closes the stream.
 */
public final class PcapWriter implements Closeable {
    public static final int SNAP_LENGTH = 262_144;
    private final OutputStream out;

    public PcapWriter(OutputStream out, LinkType linkType) throws IOException {
        if (linkType == LinkType.OTHER) {
            throw new IllegalArgumentException("write ETHERNET, RAW or IPV4 pcap files");
        }
        this.out = out;
        ByteBuffer h = ByteBuffer.allocate(24).order(ByteOrder.BIG_ENDIAN);
        h.putInt(PcapFile.MAGIC_MICROS).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0)
                .putInt(SNAP_LENGTH).putInt(linkType.value());
        out.write(h.array());
    }

    /** Adds one packet captured at {@code timestamp} (kept to the microsecond). */
    public void write(Instant timestamp, byte[] packet) throws IOException {
        if (packet.length > SNAP_LENGTH) {
            throw new IllegalArgumentException("a packet of " + packet.length + " bytes is above the snapshot length");
        }
        long seconds = timestamp.getEpochSecond();
        if (seconds < 0 || seconds > 0xffff_ffffL) {
            throw new IllegalArgumentException("pcap timestamps run from 1970 to 2106, got " + timestamp);
        }
        ByteBuffer r = ByteBuffer.allocate(16).order(ByteOrder.BIG_ENDIAN);
        r.putInt((int) seconds).putInt(timestamp.getNano() / 1000).putInt(packet.length).putInt(packet.length);
        out.write(r.array());
        out.write(packet);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
