package netlab.core.wire;

import java.net.Inet4Address;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import netlab.core.bytes.FieldSpan;

/** Reads TCP headers and their options (RFC 9293 §3.1, RFC 7323, RFC 2018) and says what is wrong. */
public final class TcpCodec {
    private TcpCodec() {
    }

    /**
     * Reads the TCP header at the start of {@code segment}. The checksum is checked when both
     * IPv4 addresses of the enclosing packet are given (non-null). A bad Data Offset, a truncated
     * header, a malformed option or a bad checksum is listed in the problems, not thrown.
     *
     * @throws WireFormatException when fewer than the 20 fixed header bytes are given
     */
    public static Decoded<TcpHeader> decode(byte[] segment, Inet4Address source, Inet4Address destination) {
        if (segment.length < TcpHeader.MIN_LENGTH) {
            throw new WireFormatException("TCP header truncated: " + segment.length + " bytes, needs at least 20");
        }
        List<String> problems = new ArrayList<>();
        List<FieldSpan> spans = new ArrayList<>();
        int dataOffset = (segment[12] & 0xff) >>> 4;
        int headerLength = dataOffset * 4;
        if (dataOffset < 5) {
            problems.add("bad Data Offset " + dataOffset + ": the header is at least 5 words (20 bytes)");
            headerLength = TcpHeader.MIN_LENGTH;
        } else if (headerLength > segment.length) {
            problems.add("header truncated: Data Offset " + dataOffset + " means " + headerLength + " bytes, only "
                    + segment.length + " present");
            headerLength = segment.length;
        }
        int flags = segment[13] & 0xff;
        int checksum = Ipv4Codec.u16(segment, 16);
        spans.add(new FieldSpan(0, 2, "Source Port", port(Ipv4Codec.u16(segment, 0))));
        spans.add(new FieldSpan(2, 2, "Destination Port", port(Ipv4Codec.u16(segment, 2))));
        spans.add(new FieldSpan(4, 4, "Sequence Number", Long.toString(Ipv4Codec.u32(segment, 4))));
        spans.add(new FieldSpan(8, 4, "Acknowledgment Number", Ipv4Codec.u32(segment, 8)
                + ((flags & TcpHeader.ACK) != 0 ? "" : " (not used: ACK not set)")));
        spans.add(new FieldSpan(12, 1, "Data Offset", dataOffset + " (" + dataOffset * 4 + "-byte header)"
                + ((segment[12] & 0x0f) != 0 ? ", reserved bits " + (segment[12] & 0x0f) : "")));
        spans.add(new FieldSpan(13, 1, "Flags", String.format("0x%02x (%s)", flags, TcpHeader.flagNames(flags))));
        spans.add(new FieldSpan(14, 2, "Window", Integer.toString(Ipv4Codec.u16(segment, 14))));
        int checksumAt = spans.size();
        spans.add(null);
        spans.add(new FieldSpan(18, 2, "Urgent Pointer", Ipv4Codec.u16(segment, 18)
                + ((flags & TcpHeader.URG) != 0 ? "" : " (not used: URG not set)")));
        List<TcpOption> options = options(segment, headerLength, spans, problems);
        TcpHeader header = new TcpHeader(Ipv4Codec.u16(segment, 0), Ipv4Codec.u16(segment, 2), Ipv4Codec.u32(segment, 4),
                Ipv4Codec.u32(segment, 8), flags, Ipv4Codec.u16(segment, 14), checksum, Ipv4Codec.u16(segment, 18), options);
        spans.set(checksumAt, new FieldSpan(16, 2, "Checksum", checksumText(segment, checksum, source, destination,
                problems, headerLength == dataOffset * 4)));
        return new Decoded<>(header, headerLength, Arrays.copyOfRange(segment, headerLength, segment.length), spans,
                problems);
    }

    private static String port(int port) {
        return port + " (" + Assigned.port(port) + ")";
    }

    private static String checksumText(byte[] segment, int checksum, Inet4Address source, Inet4Address destination,
            List<String> problems, boolean complete) {
        if (source == null || destination == null) {
            return Assigned.hex16(checksum) + " (not checked: needs the IPv4 addresses; annotate as ipv4)";
        }
        if (!complete) {
            return Assigned.hex16(checksum) + " (not checked: segment incomplete)";
        }
        if (Checksum.transport(source, destination, Assigned.PROTOCOL_TCP, segment) == 0) {
            return Assigned.hex16(checksum) + " (good)";
        }
        byte[] blank = segment.clone();
        blank[16] = 0;
        blank[17] = 0;
        int right = Checksum.transport(source, destination, Assigned.PROTOCOL_TCP, blank);
        problems.add("bad TCP Checksum " + Assigned.hex16(checksum) + ": should be " + Assigned.hex16(right));
        return Assigned.hex16(checksum) + " (bad: should be " + Assigned.hex16(right) + ")";
    }

    private static List<TcpOption> options(byte[] b, int end, List<FieldSpan> spans, List<String> problems) {
        List<TcpOption> options = new ArrayList<>();
        int at = TcpHeader.MIN_LENGTH;
        while (at < end) {
            int kind = b[at] & 0xff;
            if (kind == 0 || kind == 1) {
                TcpOption option = kind == 0 ? new TcpOption.EndOfOptionList() : new TcpOption.NoOperation();
                options.add(option);
                spans.add(new FieldSpan(at, 1, option.name(), option.describe()));
                at++;
                if (kind == 0) {
                    if (at < end) {
                        spans.add(new FieldSpan(at, end - at, "Padding", (end - at) + " bytes"));
                    }
                    break;
                }
                continue;
            }
            if (at + 1 >= end) {
                problems.add("option kind " + kind + " at byte " + at + " has no length byte");
                spans.add(new FieldSpan(at, end - at, "Option " + kind, "truncated"));
                break;
            }
            int length = b[at + 1] & 0xff;
            if (length < 2 || at + length > end) {
                problems.add("option kind " + kind + " at byte " + at + " has bad length " + length + " (the header has "
                        + (end - at) + " bytes left)");
                spans.add(new FieldSpan(at, end - at, "Option " + kind, "bad length " + length));
                break;
            }
            TcpOption option = option(kind, Arrays.copyOfRange(b, at + 2, at + length), problems, at);
            options.add(option);
            spans.add(new FieldSpan(at, length, option.name(), option.describe()));
            at += length;
        }
        return options;
    }

    private static TcpOption option(int kind, byte[] data, List<String> problems, int at) {
        int expected = switch (kind) {
            case 2 -> 2;
            case 3 -> 1;
            case 4 -> 0;
            case 8 -> 8;
            default -> -1;
        };
        if (expected >= 0 && data.length != expected) {
            problems.add("option kind " + kind + " at byte " + at + " has length " + (data.length + 2) + ", should be "
                    + (expected + 2));
            return new TcpOption.Unknown(kind, data);
        }
        return switch (kind) {
            case 2 -> new TcpOption.MaximumSegmentSize(Ipv4Codec.u16(data, 0));
            case 3 -> new TcpOption.WindowScale(data[0] & 0xff);
            case 4 -> new TcpOption.SackPermitted();
            case 8 -> new TcpOption.Timestamps(Ipv4Codec.u32(data, 0), Ipv4Codec.u32(data, 4));
            default -> new TcpOption.Unknown(kind, data);
        };
    }
}
