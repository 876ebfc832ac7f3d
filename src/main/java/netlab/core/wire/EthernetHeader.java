package netlab.core.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import netlab.core.bytes.FieldSpan;

/**
 * An Ethernet II (DIX) frame header: destination MAC, source MAC, EtherType — 14 bytes, as
 * captured by pcap (no preamble, no frame check sequence). RFC 894 carries IPv4 in it with
 * EtherType 0x0800.
 */
public record EthernetHeader(MacAddress destination, MacAddress source, int etherType) {
    public static final int LENGTH = 14;

    public EthernetHeader {
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(source, "source");
        if (etherType < 0 || etherType > 0xffff) {
            throw new IllegalArgumentException("EtherType is 16 bits, got " + etherType);
        }
    }

    /** The frame: this header followed by {@code payload}. */
    public byte[] encode(byte[] payload) {
        byte[] frame = new byte[LENGTH + payload.length];
        destination.writeTo(frame, 0);
        source.writeTo(frame, 6);
        frame[12] = (byte) (etherType >>> 8);
        frame[13] = (byte) etherType;
        System.arraycopy(payload, 0, frame, LENGTH, payload.length);
        return frame;
    }

    /**
     * Reads a frame's header.
     *
     * @throws WireFormatException when fewer than 14 bytes are given
     */
    public static Decoded<EthernetHeader> decode(byte[] frame) {
        if (frame.length < LENGTH) {
            throw new WireFormatException("Ethernet header truncated: " + frame.length + " bytes, needs 14");
        }
        EthernetHeader header = new EthernetHeader(MacAddress.of(frame, 0), MacAddress.of(frame, 6),
                (frame[12] & 0xff) << 8 | (frame[13] & 0xff));
        List<FieldSpan> spans = new ArrayList<>();
        spans.add(new FieldSpan(0, 6, "Destination", header.destination + " (" + header.destination.kind() + ")"));
        spans.add(new FieldSpan(6, 6, "Source", header.source + " (" + header.source.kind() + ")"));
        spans.add(new FieldSpan(12, 2, "EtherType", Assigned.hex16(header.etherType) + " ("
                + Assigned.etherType(header.etherType) + ")"));
        List<String> problems = new ArrayList<>();
        if (header.etherType < 0x0600) {
            problems.add("EtherType " + Assigned.hex16(header.etherType) + " is below 0x0600: an IEEE 802.3 length, not Ethernet II");
        }
        return new Decoded<>(header, LENGTH, java.util.Arrays.copyOfRange(frame, LENGTH, frame.length), spans, problems);
    }
}
