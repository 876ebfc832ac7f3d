package netlab.core.wire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import netlab.core.bytes.FieldSpan;

/** Reads IPv4 headers (RFC 791 §3.1) and says what is wrong with a bad one. */
public final class Ipv4Codec {
    private Ipv4Codec() {
    }

    /**
     * Reads the IPv4 header at the start of {@code packet}. The payload is the data up to Total
     * Length (bytes after it, such as Ethernet padding, are left out); a bad version, IHL, Total
     * Length or Header Checksum is listed in the problems, not thrown.
     *
     * @throws WireFormatException when fewer than the 20 fixed header bytes are given
     */
    public static Decoded<Ipv4Header> decode(byte[] packet) {
        if (packet.length < Ipv4Header.MIN_LENGTH) {
            throw new WireFormatException("IPv4 header truncated: " + packet.length + " bytes, needs at least 20");
        }
        List<String> problems = new ArrayList<>();
        int version = (packet[0] & 0xff) >>> 4;
        int ihl = packet[0] & 0x0f;
        int headerLength = ihl * 4;
        if (version != 4) {
            problems.add("Version is " + version + ", not 4: this is not an IPv4 header");
        }
        if (ihl < 5) {
            problems.add("bad IHL " + ihl + ": the header is at least 5 words (20 bytes)");
            headerLength = Ipv4Header.MIN_LENGTH;
        } else if (headerLength > packet.length) {
            problems.add("header truncated: IHL " + ihl + " means " + headerLength + " bytes, only " + packet.length
                    + " present");
            headerLength = Ipv4Header.MIN_LENGTH + (packet.length - Ipv4Header.MIN_LENGTH) / 4 * 4;
        }
        int totalLength = u16(packet, 2);
        int flagsAndOffset = u16(packet, 6);
        int checksum = u16(packet, 10);
        Ipv4Header header = new Ipv4Header(packet[1] & 0xff, totalLength, u16(packet, 4), flagsAndOffset >>> 13,
                flagsAndOffset & 0x1fff, packet[8] & 0xff, packet[9] & 0xff, checksum,
                Endpoint.address(Arrays.copyOfRange(packet, 12, 16)), Endpoint.address(Arrays.copyOfRange(packet, 16, 20)),
                Arrays.copyOfRange(packet, 20, headerLength));
        int end = packet.length;
        if (totalLength < headerLength) {
            problems.add("Total Length " + totalLength + " is shorter than the header (" + headerLength + " bytes)");
        } else if (totalLength > packet.length) {
            problems.add("packet truncated: Total Length says " + totalLength + " bytes, " + packet.length + " present");
        } else {
            end = totalLength;
        }
        int computed = ihl >= 5 && ihl * 4 <= packet.length ? Checksum.of(packet, 0, headerLength) : -1;
        String checksumText;
        if (computed < 0) {
            checksumText = Assigned.hex16(checksum) + " (not checked: header incomplete)";
        } else if (computed == 0) {
            checksumText = Assigned.hex16(checksum) + " (good)";
        } else {
            int right = Checksum.of(withZeroChecksum(packet, headerLength));
            checksumText = Assigned.hex16(checksum) + " (bad: should be " + Assigned.hex16(right) + ")";
            problems.add("bad Header Checksum " + Assigned.hex16(checksum) + ": should be " + Assigned.hex16(right));
        }
        if ((header.flags() & Ipv4Header.RESERVED) != 0) {
            problems.add("the reserved flag bit is set (it must be zero)");
        }
        List<FieldSpan> spans = new ArrayList<>();
        spans.add(new FieldSpan(0, 1, "Version/IHL", version + " / " + ihl + " (" + ihl * 4 + "-byte header)"));
        spans.add(new FieldSpan(1, 1, "Type of Service", String.format("0x%02x (DSCP %d, ECN %d)",
                header.typeOfService(), header.typeOfService() >>> 2, header.typeOfService() & 3)));
        spans.add(new FieldSpan(2, 2, "Total Length", totalLength + " (header + data bytes)"));
        spans.add(new FieldSpan(4, 2, "Identification", Assigned.hex16(header.identification()) + " ("
                + header.identification() + ")"));
        spans.add(new FieldSpan(6, 2, "Flags/Fragment Offset", Assigned.hex16(flagsAndOffset) + " (flags "
                + Ipv4Header.flagNames(header.flags()) + ", offset " + header.fragmentOffset() + ")"));
        spans.add(new FieldSpan(8, 1, "Time to Live", header.timeToLive() + " (hops left)"));
        spans.add(new FieldSpan(9, 1, "Protocol", header.protocol() + " (" + Assigned.ipProtocol(header.protocol()) + ")"));
        spans.add(new FieldSpan(10, 2, "Header Checksum", checksumText));
        spans.add(new FieldSpan(12, 4, "Source Address", header.source().getHostAddress()));
        spans.add(new FieldSpan(16, 4, "Destination Address", header.destination().getHostAddress()));
        options(packet, headerLength, spans, problems);
        byte[] payload = end > headerLength ? Arrays.copyOfRange(packet, headerLength, end) : new byte[0];
        return new Decoded<>(header, headerLength, payload, spans, problems);
    }

    /** One span per option (RFC 791 §3.1: type, length, data; End of Option List and No Operation are one byte). */
    private static void options(byte[] b, int end, List<FieldSpan> spans, List<String> problems) {
        int at = Ipv4Header.MIN_LENGTH;
        while (at < end) {
            int type = b[at] & 0xff;
            if (type == 0 || type == 1) {
                spans.add(new FieldSpan(at, 1, type == 0 ? "End of Option List" : "No Operation", "option type " + type));
                at++;
                if (type == 0 && at < end) {
                    spans.add(new FieldSpan(at, end - at, "Padding", (end - at) + " bytes"));
                    return;
                }
                continue;
            }
            int length = at + 1 < end ? b[at + 1] & 0xff : 0;
            if (length < 2 || at + length > end) {
                problems.add("option type " + type + " at byte " + at + " has bad length " + length + " (the header has "
                        + (end - at) + " bytes left)");
                spans.add(new FieldSpan(at, end - at, optionName(type), "bad length " + length));
                return;
            }
            spans.add(new FieldSpan(at, length, optionName(type), "option type " + type + (type >= 128 ? " (copied into fragments)" : "")
                    + ", " + (length - 2) + " data bytes"));
            at += length;
        }
    }

    private static String optionName(int type) {
        return switch (type) {
            case 7 -> "Record Route";
            case 68 -> "Internet Timestamp";
            case 130 -> "Security";
            case 131 -> "Loose Source Route";
            case 136 -> "Stream Identifier";
            case 137 -> "Strict Source Route";
            case 148 -> "Router Alert";
            default -> "Option " + type;
        };
    }

    private static byte[] withZeroChecksum(byte[] packet, int headerLength) {
        byte[] header = Arrays.copyOf(packet, headerLength);
        header[10] = 0;
        header[11] = 0;
        return header;
    }

    static int u16(byte[] b, int at) {
        return (b[at] & 0xff) << 8 | (b[at + 1] & 0xff);
    }

    static long u32(byte[] b, int at) {
        return (long) u16(b, at) << 16 | u16(b, at + 2);
    }
}
