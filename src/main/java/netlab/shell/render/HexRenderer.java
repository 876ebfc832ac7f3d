package netlab.shell.render;

import java.util.List;
import netlab.core.bytes.FieldSpan;
import netlab.core.bytes.HexDump;
import netlab.shell.Style;

/**
 * The {@code hexdump -C} layout with each field's bytes coloured and a legend below (offsets,
 * name, value), so the fields can be told apart with colour off too. Repeated lines are not
 * squeezed here: every annotated byte stays visible.
 */
public final class HexRenderer {
    private final Style style;

    public HexRenderer(Style style) {
        this.style = style;
    }

    /** The dump with field colours (no legend). */
    public String dump(byte[] bytes, List<FieldSpan> spans) {
        StringBuilder sb = new StringBuilder();
        int[] fieldOf = fieldIndex(bytes.length, spans);
        for (int line = 0; line < bytes.length; line += 16) {
            sb.append(String.format("%08x  ", line));
            for (int i = 0; i < 16; i++) {
                int at = line + i;
                if (at < bytes.length) {
                    sb.append(paint(fieldOf[at], String.format("%02x", bytes[at] & 0xff))).append(' ');
                } else {
                    sb.append("   ");
                }
                if (i == 7) {
                    sb.append(' ');
                }
            }
            sb.append(" |");
            for (int i = line; i < Math.min(line + 16, bytes.length); i++) {
                sb.append(paint(fieldOf[i], String.valueOf(HexDump.printable(bytes[i]))));
            }
            sb.append("|\n");
        }
        if (bytes.length > 0) {
            sb.append(String.format("%08x%n", bytes.length));
        }
        return sb.toString();
    }

    /** The legend: one line per field with its byte range, name and value, in the field's colour. */
    public String legend(List<FieldSpan> spans) {
        int nameWidth = spans.stream().mapToInt(s -> s.name().length()).max().orElse(0);
        int rangeWidth = spans.stream().mapToInt(s -> range(s).length()).max().orElse(0);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < spans.size(); i++) {
            FieldSpan span = spans.get(i);
            sb.append("  ").append(pad(range(span), rangeWidth)).append("  ")
                    .append(paint(i, pad(span.name(), nameWidth))).append("  ").append(span.value()).append('\n');
        }
        return sb.toString();
    }

    private static String range(FieldSpan span) {
        return span.length() == 1 ? "[" + span.offset() + "]" : "[" + span.offset() + "-" + (span.end() - 1) + "]";
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private String paint(int field, String text) {
        return field < 0 ? text : style.fg(Style.field(field), text);
    }

    private static int[] fieldIndex(int length, List<FieldSpan> spans) {
        int[] index = new int[length];
        java.util.Arrays.fill(index, -1);
        for (int f = 0; f < spans.size(); f++) {
            FieldSpan span = spans.get(f);
            for (int i = span.offset(); i < Math.min(length, span.end()); i++) {
                index[i] = f;
            }
        }
        return index;
    }
}
