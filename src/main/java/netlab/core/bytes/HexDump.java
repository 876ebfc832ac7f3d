package netlab.core.bytes;

import java.io.IOException;
import java.io.Writer;
import java.nio.CharBuffer;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The canonical hex+ASCII dump, byte for byte what {@code hexdump -C} prints: an 8-digit hex
 * offset, sixteen bytes as two groups of eight, the printable ASCII between bars, a {@code *} line
 * for every run of lines equal to the one before it, and a last line with the total length. Empty
 * input prints nothing.
 *
 * <p>Feed it bytes in chunks of any size; it keeps the partial line and the squeeze state between
 * calls, so files of any length are dumped in constant memory.
 */
public final class HexDump {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    static final int LINE = 16;

    private final Appendable out;
    private final byte[] line = new byte[LINE];
    private final byte[] previous = new byte[LINE];
    private final char[] buffer = new char[1 << 16];
    private int used;
    private int filled;
    private long offset;
    private boolean havePrevious;
    private boolean squeezing;

    public HexDump(Appendable out) {
        this.out = out;
    }

    /** Dumps {@code bytes} whole into a string. */
    public static String of(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length * 5 + 16);
        HexDump dump = new HexDump(sb);
        dump.feed(bytes, 0, bytes.length);
        dump.finish();
        return sb.toString();
    }

    /** Adds bytes to the dump. */
    public void feed(byte[] bytes, int from, int length) {
        int i = from;
        int end = from + length;
        while (i < end) {
            if (filled == 0 && end - i >= LINE) {
                completeLine(bytes, i);
                i += LINE;
                continue;
            }
            int n = Math.min(LINE - filled, end - i);
            System.arraycopy(bytes, i, line, filled, n);
            filled += n;
            i += n;
            if (filled == LINE) {
                completeLine(line, 0);
            }
        }
    }

    /** Writes the partial last line (if any) and the final length line. */
    public void finish() {
        if (filled > 0) {
            writeLine(line, 0, filled);
            offset += filled;
            filled = 0;
        }
        if (offset > 0) {
            room(18);
            appendOffset(offset);
            buffer[used++] = '\n';
        }
        flushBuffer();
    }

    private void completeLine(byte[] bytes, int from) {
        if (havePrevious && Arrays.equals(bytes, from, from + LINE, previous, 0, LINE)) {
            if (!squeezing) {
                room(2);
                buffer[used++] = '*';
                buffer[used++] = '\n';
                squeezing = true;
            }
        } else {
            writeLine(bytes, from, LINE);
            squeezing = false;
            System.arraycopy(bytes, from, previous, 0, LINE);
            havePrevious = true;
        }
        offset += LINE;
        filled = 0;
    }

    /** One line: offset, two spaces, 16 hex pairs with an extra space after the 8th, and the ASCII. */
    private void writeLine(byte[] bytes, int from, int count) {
        room(96);
        appendOffset(offset);
        char[] b = buffer;
        int at = used;
        b[at++] = ' ';
        b[at++] = ' ';
        for (int i = 0; i < LINE; i++) {
            if (i < count) {
                int v = bytes[from + i] & 0xff;
                b[at++] = HEX[v >>> 4];
                b[at++] = HEX[v & 0xf];
            } else {
                b[at++] = ' ';
                b[at++] = ' ';
            }
            b[at++] = ' ';
            if (i == 7) {
                b[at++] = ' ';
            }
        }
        b[at++] = ' ';
        b[at++] = '|';
        for (int i = 0; i < count; i++) {
            b[at++] = printable(bytes[from + i]);
        }
        b[at++] = '|';
        b[at++] = '\n';
        used = at;
    }

    private void appendOffset(long value) {
        if (value < (1L << 32)) {
            for (int shift = 28; shift >= 0; shift -= 4) {
                buffer[used++] = HEX[(int) (value >>> shift) & 0xf];
            }
            return;
        }
        String hex = Long.toHexString(value);
        hex.getChars(0, hex.length(), buffer, used);
        used += hex.length();
    }

    private void room(int chars) {
        if (used + chars > buffer.length) {
            flushBuffer();
        }
    }

    /** The character {@code hexdump -C} shows for a byte in the ASCII column. */
    public static char printable(byte b) {
        return b >= 0x20 && b < 0x7f ? (char) b : '.';
    }

    private void flushBuffer() {
        try {
            if (out instanceof Writer writer) {
                writer.write(buffer, 0, used);
            } else if (out instanceof StringBuilder sb) {
                sb.append(buffer, 0, used);
            } else {
                out.append(CharBuffer.wrap(buffer, 0, used));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        used = 0;
    }
}
