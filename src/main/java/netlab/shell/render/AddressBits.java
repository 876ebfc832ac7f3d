package netlab.shell.render;

import java.util.ArrayList;
import java.util.List;
import netlab.core.addr.IpAddress;
import netlab.shell.Style;

/**
 * Draws an address's bits with the network part and the host part told apart twice over: a
 * {@code |} between them (so it reads without colour) and a colour for each part.
 */
public final class AddressBits {
    private final Style style;

    public AddressBits(Style style) {
        this.style = style;
    }

    /** The bits of {@code address}, split after {@code prefix} bits, on one line. */
    public String split(IpAddress address, int prefix) {
        return lines(address, prefix, 8).get(0);
    }

    /**
     * The same, cut into lines of {@code groupsPerLine} groups (IPv6's 128 bits read best as two
     * lines of four). When the split falls between two groups, the {@code |} takes the place of
     * the group separator.
     */
    public List<String> lines(IpAddress address, int prefix, int groupsPerLine) {
        String bits = address.binary();
        char separator = address.version() == 4 ? '.' : ':';
        int cut = position(bits, prefix);
        boolean onBoundary = cut < bits.length() && bits.charAt(cut) == separator;
        String marked = bits.substring(0, cut) + "|" + bits.substring(onBoundary ? cut + 1 : cut);
        List<String> out = new ArrayList<>();
        int start = 0;
        int groups = 0;
        boolean inNetwork = prefix > 0;
        for (int i = 0; i <= marked.length(); i++) {
            boolean end = i == marked.length();
            if (!end) {
                char c = marked.charAt(i);
                boolean groupEnd = c == separator || (c == '|' && onBoundary);
                end = groupEnd && ++groups % groupsPerLine == 0;
            }
            if (end) {
                boolean barHere = i < marked.length() && marked.charAt(i) == '|';
                String line = marked.substring(start, barHere ? i + 1 : i);
                out.add(colour(line, inNetwork));
                if (line.indexOf('|') >= 0) {
                    inNetwork = false;
                }
                start = i + 1;
            }
        }
        return out;
    }

    private String colour(String line, boolean startsInNetwork) {
        int bar = line.indexOf('|');
        if (bar < 0) {
            return style.fg(startsInNetwork ? Style.Color.CYAN : Style.Color.YELLOW, line);
        }
        return (bar > 0 ? style.fg(Style.Color.CYAN, line.substring(0, bar)) : "") + "|"
                + (bar < line.length() - 1 ? style.fg(Style.Color.YELLOW, line.substring(bar + 1)) : "");
    }

    /** The index in a grouped bit string ({@code 11000000.10101000…}) just after {@code prefix} bits. */
    static int position(String bits, int prefix) {
        int seen = 0;
        int i = 0;
        while (seen < prefix) {
            char c = bits.charAt(i++);
            if (c == '0' || c == '1') {
                seen++;
            }
        }
        return i;
    }
}
