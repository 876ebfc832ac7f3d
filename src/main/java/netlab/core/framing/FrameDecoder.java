package netlab.core.framing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import netlab.core.bytes.FieldSpan;

/**
 * Cuts one connection's byte stream into messages, whatever sizes the reads happen to return.
 * Bytes of an unfinished message are kept until the rest arrives. Each call to {@link #feed}
 * also says which bytes of that read were what (length prefix, message, delimiter), so a hex
 * dump of the read can show it.
 */
public final class FrameDecoder {
    /** What one read contributed: the messages it completed and the fields of its bytes. */
    public record Fed(List<byte[]> messages, List<FieldSpan> spans) {
        public Fed {
            messages = List.copyOf(messages);
            spans = List.copyOf(spans);
        }
    }

    private final Framing framing;
    private final int maxMessage;
    private final boolean describe;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private final byte[] prefix = new byte[Framing.PREFIX];
    private int prefixHave;
    private long bodyLength = -1;
    private int completed;

    FrameDecoder(Framing framing, int maxMessage, boolean describe) {
        if (maxMessage < 1) {
            throw new IllegalArgumentException("maxMessage must be >= 1, got " + maxMessage);
        }
        this.framing = framing;
        this.maxMessage = maxMessage;
        this.describe = describe;
    }

    /** Messages completed so far. */
    public int completed() {
        return completed;
    }

    /** True when some bytes of an unfinished message are held. */
    public boolean partial() {
        return pending.size() > 0 || prefixHave > 0;
    }

    public Fed feed(byte[] chunk) throws FramingException {
        return feed(chunk, 0, chunk.length);
    }

    /** Takes the bytes one read returned. */
    public Fed feed(byte[] chunk, int offset, int length) throws FramingException {
        List<byte[]> messages = new ArrayList<>();
        List<FieldSpan> spans = describe ? new ArrayList<>() : new Discard();
        switch (framing) {
            case NONE -> {
                if (length > 0) {
                    messages.add(java.util.Arrays.copyOfRange(chunk, offset, offset + length));
                    spans.add(new FieldSpan(0, length, "bytes", quote(chunk, offset, length)));
                    completed++;
                }
            }
            case LINE -> feedLines(chunk, offset, length, messages, spans);
            case LENGTH -> feedLengths(chunk, offset, length, messages, spans);
        }
        return new Fed(messages, spans);
    }

    private void feedLines(byte[] chunk, int offset, int length, List<byte[]> messages, List<FieldSpan> spans)
            throws FramingException {
        int start = 0;
        for (int i = 0; i < length; i++) {
            if (chunk[offset + i] == '\n') {
                int had = pending.size();
                pending.write(chunk, offset + start, i - start);
                byte[] message = pending.toByteArray();
                pending.reset();
                completed++;
                if (i > start) {
                    spans.add(new FieldSpan(start, i - start, "message " + completed,
                            (had > 0 ? "end: " : "") + quote(message, 0, message.length)));
                }
                spans.add(new FieldSpan(i, 1, "newline", "0x0a ends message " + completed));
                messages.add(message);
                start = i + 1;
            }
        }
        if (start < length) {
            pending.write(chunk, offset + start, length - start);
            if (pending.size() > maxMessage) {
                throw new FramingException(String.format("no newline in %,d bytes, more than the %,d this receiver"
                        + " accepts in one line: connection closed", pending.size(), maxMessage));
            }
            spans.add(new FieldSpan(start, length - start, "message " + (completed + 1),
                    "start: " + quote(chunk, offset + start, length - start) + " (no newline yet: kept for the next read)"));
        }
    }

    private void feedLengths(byte[] chunk, int offset, int length, List<byte[]> messages, List<FieldSpan> spans)
            throws FramingException {
        int i = 0;
        while (i < length) {
            if (bodyLength < 0) {
                int take = Math.min(Framing.PREFIX - prefixHave, length - i);
                System.arraycopy(chunk, offset + i, prefix, prefixHave, take);
                int from = i;
                prefixHave += take;
                i += take;
                if (prefixHave < Framing.PREFIX) {
                    spans.add(new FieldSpan(from, take, "length", "first " + prefixHave + " of its 4 bytes"
                            + " (the rest comes in the next read)"));
                    break;
                }
                long value = ((prefix[0] & 0xffL) << 24) | ((prefix[1] & 0xffL) << 16) | ((prefix[2] & 0xffL) << 8)
                        | (prefix[3] & 0xffL);
                FramingException.checkLength(value, maxMessage);
                if (describe) {
                    spans.add(new FieldSpan(from, take, "length", String.format("%d (0x%08x)%s", value, value,
                            take < Framing.PREFIX ? ": its " + bytes("last", take) + " (the " + bytes("first", Framing.PREFIX - take)
                                    + " came in the read before)" : "")));
                }
                prefixHave = 0;
                bodyLength = value;
                if (bodyLength == 0) {
                    finish(messages);
                }
                continue;
            }
            int take = (int) Math.min(bodyLength - pending.size(), length - i);
            boolean continued = pending.size() > 0;
            pending.write(chunk, offset + i, take);
            int from = i;
            i += take;
            String text = describe ? quote(chunk, offset + from, take) : "";
            if (pending.size() == bodyLength) {
                spans.add(new FieldSpan(from, take, "message " + (completed + 1), (continued ? "end: " : "") + text));
                finish(messages);
            } else {
                spans.add(new FieldSpan(from, take, "message " + (completed + 1), (continued ? "more: " : "start: ")
                        + text + " (" + pending.size() + " of " + bodyLength + " bytes: the rest comes later)"));
            }
        }
    }

    /** "last byte", "first 3 bytes". */
    private static String bytes(String which, int n) {
        return n == 1 ? which + " byte" : which + " " + n + " bytes";
    }

    private void finish(List<byte[]> messages) {
        messages.add(pending.toByteArray());
        pending.reset();
        bodyLength = -1;
        completed++;
    }

    /** A message as text for a legend: UTF-8, control bytes shown as escapes, long ones cut. */
    public static String quote(byte[] bytes, int offset, int length) {
        String text = new String(bytes, offset, length, StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder("\"");
        int shown = 0;
        for (int i = 0; i < text.length() && shown < 40; i++, shown++) {
            char c = text.charAt(i);
            if (c == '\n') {
                sb.append("\\n");
            } else if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\x%02x", (int) c));
            } else {
                sb.append(c);
            }
        }
        if (shown < text.length()) {
            sb.append('…');
        }
        return sb.append('"').toString();
    }

    /** A list that forgets what is added: a server under load does not describe its bytes. */
    private static final class Discard extends java.util.AbstractList<FieldSpan> {
        @Override
        public boolean add(FieldSpan span) {
            return true;
        }

        @Override
        public FieldSpan get(int index) {
            throw new IndexOutOfBoundsException(index);
        }

        @Override
        public int size() {
            return 0;
        }
    }
}
