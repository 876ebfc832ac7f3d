package netlab.core.bytes;

import java.io.IOException;
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
    private final StringBuilder buffer = new StringBuilder(8192);
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
            int n = Math.min(LINE - filled, end - i);
            System.arraycopy(bytes, i, line, filled, n);
            filled += n;
            i += n;
            if (filled == LINE) {
                completeLine();
            }
        }
        if (buffer.length() >= 8192) {
            flushBuffer();
        }
    }

    /** Writes the partial last line (if any) and the final length line. */
    public void finish() {
        if (filled > 0) {
            writeLine(filled);
            offset += filled;
            filled = 0;
        }
        if (offset > 0) {
            appendOffset(offset);
            buffer.append('\n');
        }
        flushBuffer();
    }

    private void completeLine() {
        if (havePrevious && Arrays.equals(line, previous)) {
            if (!squeezing) {
                buffer.append("*\n");
                squeezing = true;
            }
        } else {
            writeLine(LINE);
            squeezing = false;
            System.arraycopy(line, 0, previous, 0, LINE);
            havePrevious = true;
        }
        offset += LINE;
        filled = 0;
    }

    private void writeLine(int count) {
        appendOffset(offset);
        buffer.append("  ");
        for (int i = 0; i < LINE; i++) {
            if (i < count) {
                int b = line[i] & 0xff;
                buffer.append(HEX[b >>> 4]).append(HEX[b & 0xf]).append(' ');
            } else {
                buffer.append("   ");
            }
            if (i == 7) {
                buffer.append(' ');
            }
        }
        buffer.append(" |");
        for (int i = 0; i < count; i++) {
            buffer.append(printable(line[i]));
        }
        buffer.append("|\n");
    }

    private void appendOffset(long value) {
        String hex = Long.toHexString(value);
        for (int i = hex.length(); i < 8; i++) {
            buffer.append('0');
        }
        buffer.append(hex);
    }

    /** The character {@code hexdump -C} shows for a byte in the ASCII column. */
    public static char printable(byte b) {
        return b >= 0x20 && b < 0x7f ? (char) b : '.';
    }

    private void flushBuffer() {
        try {
            out.append(buffer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        buffer.setLength(0);
    }
}
