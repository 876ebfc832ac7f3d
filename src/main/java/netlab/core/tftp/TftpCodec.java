package netlab.core.tftp;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import netlab.core.bytes.FieldSpan;

/**
 * Bytes to {@link TftpPacket} and back. {@link #decode} is the one entry point for reading: it
 * checks the length first, then every field in order, and throws one {@link TftpFormatException}
 * naming the first thing wrong and its offset. {@link #dissect} does the same walk but keeps the
 * field spans, for the annotated hex dump. Strings are ASCII/UTF-8 (RFC 1350 uses netascii).
 */
public final class TftpCodec {
    private TftpCodec() {
    }

    /** What a walk over the bytes found: the packet (if valid), every field read, the first problem. */
    public record Dissection(Optional<TftpPacket> packet, List<FieldSpan> spans, List<String> ignored,
                             Optional<TftpFormatException> problem) {
        public Dissection {
            spans = List.copyOf(spans);
            ignored = List.copyOf(ignored);
        }
    }

    /** Reads one packet, or throws naming what is wrong and where. */
    public static TftpPacket decode(byte[] bytes) {
        // the hot path of a transfer: a well-formed ACK or DATA needs no field-by-field walk
        if (bytes.length >= 4 && bytes[0] == 0) {
            int block = ((bytes[2] & 0xff) << 8) | (bytes[3] & 0xff);
            if (bytes[1] == 4 && bytes.length == 4) {
                return new TftpPacket.Ack(block);
            }
            if (bytes[1] == 3 && bytes.length <= 4 + TftpPacket.MAX_BLOCK) {
                return new TftpPacket.Data(block, java.util.Arrays.copyOfRange(bytes, 4, bytes.length));
            }
        }
        Reader reader = new Reader(bytes, false);
        return reader.packet();
    }

    /** Reads one packet and keeps the spans of every field read, even when the packet is bad. */
    public static Dissection dissect(byte[] bytes) {
        Reader reader = new Reader(bytes, true);
        try {
            TftpPacket packet = reader.packet();
            return new Dissection(Optional.of(packet), reader.spans, reader.ignored, Optional.empty());
        } catch (TftpFormatException e) {
            return new Dissection(Optional.empty(), reader.spans, reader.ignored, Optional.of(e));
        }
    }

    public static byte[] encode(TftpPacket packet) {
        if (packet instanceof TftpPacket.Data d) {
            return d.wire();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(packet instanceof TftpPacket.Data d ? 4 + d.length() : 32);
        u16(out, packet.opcode().code());
        switch (packet) {
            case TftpPacket.ReadRequest r -> request(out, r.filename(), r.mode(), r.options());
            case TftpPacket.WriteRequest w -> request(out, w.filename(), w.mode(), w.options());
            case TftpPacket.Data d -> out.write(d.wire(), 2, d.length() + 2);
            case TftpPacket.Ack a -> u16(out, a.block());
            case TftpPacket.Error e -> {
                u16(out, e.code());
                string(out, e.message());
            }
            case TftpPacket.OptionAck o -> options(out, o.options());
        }
        return out.toByteArray();
    }

    private static void request(ByteArrayOutputStream out, String filename, Mode mode, TftpOptions options) {
        string(out, filename);
        string(out, mode.wireName());
        options(out, options);
    }

    private static void options(ByteArrayOutputStream out, TftpOptions options) {
        options.values().forEach((option, value) -> {
            string(out, option.wireName());
            string(out, Long.toString(value));
        });
    }

    private static void u16(ByteArrayOutputStream out, int value) {
        out.write(value >>> 8);
        out.write(value & 0xff);
    }

    private static void string(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        out.write(0);
    }

    /**
     * One pass over the bytes, recording a span per field. The spans' labels (quoted names, option
     * meanings) are made only when {@code dissecting}: {@link #decode} reads a request once per
     * transfer, where the JVM still interprets this code, and there the labels are work nobody reads.
     */
    private static final class Reader {
        private final byte[] bytes;
        private final boolean dissecting;
        private final List<FieldSpan> spans = new ArrayList<>();
        private final List<String> ignored = new ArrayList<>();
        private int pos;
        private String what = "packet";

        Reader(byte[] bytes, boolean dissecting) {
            this.bytes = bytes;
            this.dissecting = dissecting;
        }

        TftpPacket packet() {
            if (bytes.length < 2) {
                throw fail("a TFTP packet is at least 2 bytes (the opcode), got " + bytes.length, 0);
            }
            int code = u16();
            Optional<Opcode> op = Opcode.of(code);
            if (op.isEmpty()) {
                spans.add(new FieldSpan(0, 2, "Opcode", code + " (unknown)"));
                throw fail("unknown opcode " + code + " at offset 0 (1–6: RRQ, WRQ, DATA, ACK, ERROR, OACK)", 0);
            }
            Opcode opcode = op.get();
            if (dissecting) {
                spans.add(new FieldSpan(0, 2, "Opcode", code + " (" + opcode + ")"));
            }
            what = opcode.name();
            return switch (opcode) {
                case RRQ, WRQ -> request(opcode);
                case DATA -> data();
                case ACK -> ack();
                case ERROR -> error();
                case OACK -> oack();
            };
        }

        private TftpPacket request(Opcode opcode) {
            int at = pos;
            String filename = string("Filename", "filename");
            if (filename.isEmpty()) {
                throw fail("empty filename at offset " + at, at);
            }
            at = pos;
            String modeName = string("Mode", "mode");
            Optional<Mode> mode = Mode.of(modeName);
            if (mode.isEmpty()) {
                String why = modeName.equalsIgnoreCase("mail") ? "is refused (mail mode is obsolete; use netascii or octet)"
                        : "is not a mode (netascii or octet)";
                throw fail("mode " + quote(modeName) + " at offset " + at + " " + why, at);
            }
            if (dissecting && !modeName.equals(mode.get().wireName())) {
                replaceLast("Mode", quote(modeName) + " (" + mode.get().wireName() + ")");
            }
            TftpOptions options = options(true);
            return opcode == Opcode.RRQ ? new TftpPacket.ReadRequest(filename, mode.get(), options)
                    : new TftpPacket.WriteRequest(filename, mode.get(), options);
        }

        private TftpPacket data() {
            need(4, "a DATA packet is at least 4 bytes (opcode, block)");
            int block = u16();
            spans.add(new FieldSpan(2, 2, "Block", Integer.toString(block)));
            int length = bytes.length - 4;
            if (length > TftpPacket.MAX_BLOCK) {
                throw fail("DATA payload of " + length + " bytes at offset 4 is over the largest block size ("
                        + TftpPacket.MAX_BLOCK + ")", 4 + TftpPacket.MAX_BLOCK);
            }
            if (length > 0) {
                spans.add(new FieldSpan(4, length, "Data", length + " bytes"));
            }
            byte[] payload = new byte[length];
            System.arraycopy(bytes, 4, payload, 0, length);
            return new TftpPacket.Data(block, payload);
        }

        private TftpPacket ack() {
            need(4, "an ACK is 4 bytes (opcode, block)");
            int block = u16();
            spans.add(new FieldSpan(2, 2, "Block", Integer.toString(block)));
            if (bytes.length > 4) {
                spans.add(new FieldSpan(4, bytes.length - 4, "Extra", (bytes.length - 4) + " bytes after the ACK"));
                throw fail("ACK is 4 bytes, got " + bytes.length + " (extra bytes from offset 4)", 4);
            }
            return new TftpPacket.Ack(block);
        }

        private TftpPacket error() {
            need(4, "an ERROR is at least 5 bytes (opcode, error code, message, NUL)");
            int code = u16();
            ErrorCode kind = ErrorCode.of(code);
            spans.add(new FieldSpan(2, 2, "ErrorCode", code + " (" + (kind == ErrorCode.UNKNOWN ? "unknown code"
                    : kind.text().replaceAll("\\.$", "")) + ")"));
            String message = string("ErrMsg", "error message");
            trailing("the error message's NUL");
            return new TftpPacket.Error(code, message);
        }

        private TftpPacket oack() {
            if (bytes.length == 2) {
                throw fail("OACK carries no options (offset 2 is the end of the packet)", 2);
            }
            return new TftpPacket.OptionAck(options(false));
        }

        private TftpOptions options(boolean request) {
            Map<TftpOption, Long> values = new EnumMap<>(TftpOption.class);
            while (pos < bytes.length) {
                int nameAt = pos;
                String name = string("Option", "option name");
                if (name.isEmpty()) {
                    throw fail("empty option name at offset " + nameAt, nameAt);
                }
                int valueAt = pos;
                if (pos >= bytes.length) {
                    throw fail("option " + quote(name) + " at offset " + nameAt + " has no value", valueAt);
                }
                String text = string("Value", "value of option", name);
                Optional<TftpOption> known = TftpOption.of(name);
                if (known.isEmpty()) {
                    if (dissecting) {
                        replaceAt(spans.size() - 2, "Option", quote(name) + " (unknown, ignored)");
                    }
                    ignored.add(name);
                    continue;
                }
                TftpOption option = known.get();
                if (dissecting) {
                    replaceAt(spans.size() - 2, "Option", quote(name) + " (" + option.meaning() + ")");
                }
                if (values.containsKey(option)) {
                    throw fail("option " + option.wireName() + " at offset " + nameAt + " appears twice", nameAt);
                }
                if (!decimal(text)) {
                    throw fail("value " + quote(text) + " of option " + option.wireName() + " at offset " + valueAt
                            + " is not a number (decimal digits, " + option.range() + ")", valueAt);
                }
                long value = Long.parseLong(text);
                if (!option.allows(value)) {
                    throw fail("value " + value + " of option " + option.wireName() + " at offset " + valueAt
                            + " is out of range (" + option.range() + ")", valueAt);
                }
                if (dissecting) {
                    replaceLast("Value", text);
                }
                values.put(option, value);
            }
            if (!request && values.isEmpty()) {
                throw fail("OACK carries no option the lab knows (blksize, timeout, tsize, windowsize)", 2);
            }
            return new TftpOptions(values);
        }

        private void need(int length, String rule) {
            if (bytes.length < length) {
                throw fail(what + " too short: " + rule + ", got " + bytes.length + " (ends at offset "
                        + bytes.length + ")", bytes.length);
            }
        }

        private int u16() {
            int v = ((bytes[pos] & 0xff) << 8) | (bytes[pos + 1] & 0xff);
            pos += 2;
            return v;
        }

        /** 1 to 18 decimal digits: a value {@link Long#parseLong} reads without overflow. */
        private static boolean decimal(String text) {
            if (text.isEmpty() || text.length() > 18) {
                return false;
            }
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                    return false;
                }
            }
            return true;
        }

        private String string(String field, String description) {
            return string(field, description, null);
        }

        /**
         * A NUL-terminated UTF-8 string; its span includes the NUL. {@code description} (followed by
         * the quoted {@code of}, if not null) names it in an error.
         */
        private String string(String field, String description, String of) {
            int start = pos;
            int end = start;
            while (end < bytes.length && bytes[end] != 0) {
                end++;
            }
            if (end == bytes.length) {
                if (end > start) {
                    spans.add(new FieldSpan(start, end - start, field, "no NUL terminator"));
                }
                throw fail(named(description, of) + " at offset " + start + " has no NUL terminator (the packet ends at offset "
                        + bytes.length + ")", bytes.length);
            }
            String s;
            try {
                s = ascii(start, end) ? new String(bytes, start, end - start, StandardCharsets.US_ASCII)
                        : StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
            } catch (CharacterCodingException e) {
                spans.add(new FieldSpan(start, end - start + 1, field, "not UTF-8 text"));
                throw fail(named(description, of) + " at offset " + start + " is not ASCII/UTF-8 text", start);
            }
            if (dissecting) {
                spans.add(new FieldSpan(start, end - start + 1, field, quote(s)));
            }
            pos = end + 1;
            return s;
        }

        /** Whether bytes {@code start} to {@code end} are ASCII (nearly every name and option is): no decoder needed. */
        private boolean ascii(int start, int end) {
            for (int i = start; i < end; i++) {
                if (bytes[i] < 0) {
                    return false;
                }
            }
            return true;
        }

        private static String named(String description, String of) {
            return of == null ? description : description + " " + quote(of);
        }

        private void trailing(String after) {
            if (pos < bytes.length) {
                spans.add(new FieldSpan(pos, bytes.length - pos, "Extra", (bytes.length - pos) + " bytes after " + after));
                throw fail(what + ": " + (bytes.length - pos) + " unexpected bytes after " + after + " at offset " + pos, pos);
            }
        }

        private void replaceLast(String field, String value) {
            replaceAt(spans.size() - 1, field, value);
        }

        private void replaceAt(int index, String field, String value) {
            FieldSpan old = spans.get(index);
            spans.set(index, new FieldSpan(old.offset(), old.length(), field, value));
        }

        private TftpFormatException fail(String message, int offset) {
            String prefix = what.equals("packet") || message.startsWith(what) ? "" : what + ": ";
            return new TftpFormatException(prefix + message, offset);
        }

        private static String quote(String s) {
            return netlab.core.InvalidInputException.quote(s);
        }
    }
}
