package netlab.core.chat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Newline framing for a TCP byte stream: bytes go in as they arrive from each read, whole lines
 * come out. One read may hold half a message or three of them (TCP keeps no message boundaries);
 * the newline is what tells messages apart. A line longer than the limit is refused, so a peer
 * that never sends a newline cannot make the receiver hold unbounded memory.
 */
public final class LineFramer {
    /** Most bytes one line may take, newline excluded. */
    public static final int MAX_LINE = 64 * 1024;

    private final int max;
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();

    public LineFramer() {
        this(MAX_LINE);
    }

    public LineFramer(int max) {
        this.max = max;
    }

    /** A line arrived too long: the peer is not speaking this protocol. */
    public static final class LineTooLongException extends Exception {
        public LineTooLongException(int max) {
            super("a line passed " + max + " bytes without a newline");
        }
    }

    /** One whole line: its text (without the newline) and the bytes it took on the wire (with it). */
    public record Line(String text, byte[] wire) {
        public Line {
            wire = wire.clone();
        }

        @Override
        public byte[] wire() {
            return wire.clone();
        }
    }

    /** The bytes of one message on the wire: UTF-8 text and a newline. */
    public static byte[] encode(String text) {
        return (text + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Feeds the bytes of one read; returns the lines they completed (maybe none, maybe several). */
    public List<Line> feed(byte[] bytes, int offset, int length) throws LineTooLongException {
        List<Line> lines = new ArrayList<>();
        for (int i = offset; i < offset + length; i++) {
            byte b = bytes[i];
            partial.write(b);
            if (b == '\n') {
                byte[] wire = partial.toByteArray();
                partial.reset();
                int end = wire.length - 1;
                if (end > 0 && wire[end - 1] == '\r') {
                    end--;
                }
                lines.add(new Line(new String(wire, 0, end, StandardCharsets.UTF_8), wire));
            } else if (partial.size() > max) {
                partial.reset();
                throw new LineTooLongException(max);
            }
        }
        return lines;
    }

    /** Bytes of a message that has started but not ended (no newline yet). */
    public int pending() {
        return partial.size();
    }
}
