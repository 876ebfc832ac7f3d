package netlab.core.wire;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A classic libpcap capture file (draft-ietf-opsawg-pcap §4–5): a 24-byte file header (magic,
 * version 2.4, snapshot length, link type) and records, each a 16-byte header (seconds,
 * microseconds or nanoseconds, captured and original length) and the packet bytes. Files in
 * either byte order and with the microsecond (0xa1b2c3d4) or nanosecond (0xa1b23c4d) magic are read.
 *
 * @param linkType    what each packet starts with
 * @param rawLinkType the link type number as written
 * @param order       the byte order the file was written in
 * @param nanoseconds true when timestamps carry nanoseconds
 * @param snapLength  the largest number of bytes kept per packet
 * @param records     the packets in file order
 */
public record PcapFile(LinkType linkType, int rawLinkType, ByteOrder order, boolean nanoseconds, int snapLength,
        List<PcapRecord> records) {
    static final int MAGIC_MICROS = 0xa1b2c3d4;
    static final int MAGIC_NANOS = 0xa1b23c4d;
    private static final int MAX_RECORD = 1 << 18;

    public PcapFile {
        records = List.copyOf(records);
    }

    /**
     * Reads a whole pcap file.
     *
     * @throws WireFormatException when the bytes are not a pcap file or a record is cut short
     * @throws IOException         when reading fails
     */
    public static PcapFile read(InputStream in) throws IOException {
        byte[] header = in.readNBytes(24);
        if (header.length < 24) {
            throw new WireFormatException("not a pcap file: " + header.length + " bytes, the file header needs 24");
        }
        ByteBuffer h = ByteBuffer.wrap(header).order(ByteOrder.BIG_ENDIAN);
        int magic = h.getInt(0);
        ByteOrder order = ByteOrder.BIG_ENDIAN;
        if (magic != MAGIC_MICROS && magic != MAGIC_NANOS) {
            order = ByteOrder.LITTLE_ENDIAN;
            magic = Integer.reverseBytes(magic);
        }
        if (magic != MAGIC_MICROS && magic != MAGIC_NANOS) {
            throw new WireFormatException(String.format("not a pcap file: magic number 0x%08x (a pcap file starts with "
                    + "a1b2c3d4 or a1b23c4d in either byte order; pcapng files are not read)", h.getInt(0)));
        }
        h.order(order);
        boolean nanos = magic == MAGIC_NANOS;
        int major = h.getShort(4) & 0xffff;
        if (major != 2) {
            throw new WireFormatException("unsupported pcap version " + major + "." + (h.getShort(6) & 0xffff) + " (2.4 is read)");
        }
        int snapLength = h.getInt(16);
        int rawLinkType = h.getInt(20) & 0x0fff_ffff;
        List<PcapRecord> records = new ArrayList<>();
        while (true) {
            byte[] recordHeader = in.readNBytes(16);
            if (recordHeader.length == 0) {
                break;
            }
            if (recordHeader.length < 16) {
                throw new WireFormatException("pcap record " + (records.size() + 1) + " cut short: " + recordHeader.length
                        + " of 16 header bytes");
            }
            ByteBuffer r = ByteBuffer.wrap(recordHeader).order(order);
            long seconds = r.getInt(0) & 0xffff_ffffL;
            long fraction = r.getInt(4) & 0xffff_ffffL;
            long captured = r.getInt(8) & 0xffff_ffffL;
            long original = r.getInt(12) & 0xffff_ffffL;
            if (captured > MAX_RECORD || original > Integer.MAX_VALUE || captured > original
                    || fraction >= (nanos ? 1_000_000_000L : 1_000_000L)) {
                throw new WireFormatException("pcap record " + (records.size() + 1) + " has a bad header: captured "
                        + captured + ", original " + original + ", fraction " + fraction);
            }
            byte[] data = in.readNBytes((int) captured);
            if (data.length < captured) {
                throw new WireFormatException("pcap record " + (records.size() + 1) + " cut short: " + data.length + " of "
                        + captured + " bytes");
            }
            Instant at = Instant.ofEpochSecond(seconds, nanos ? fraction : fraction * 1000);
            records.add(new PcapRecord(at, (int) original, data));
        }
        return new PcapFile(LinkType.of(rawLinkType), rawLinkType, order, nanos, snapLength, records);
    }

    /** Reads a pcap file held in memory. */
    public static PcapFile read(byte[] bytes) {
        try {
            return read(new java.io.ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
