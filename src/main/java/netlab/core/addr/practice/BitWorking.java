package netlab.core.addr.practice;

import java.util.ArrayList;
import java.util.List;
import netlab.core.addr.IpAddress;

/**
 * The binary working shown for a wrong address or mask: the expected value and the given one,
 * bit for bit, with a {@code ^} under every bit that differs.
 */
public final class BitWorking {
    private BitWorking() {
    }

    /** Three lines: expected, given, and the marks (both of one version). */
    public static List<String> compare(IpAddress expected, IpAddress given) {
        String e = expected.toString();
        String g = given.toString();
        int width = Math.max(e.length(), g.length()) + 2;
        List<String> lines = new ArrayList<>();
        lines.add("expected  " + pad(e, width) + expected.binary());
        lines.add("you gave  " + pad(g, width) + given.binary());
        lines.add("          " + " ".repeat(width) + marks(expected.binary(), given.binary())
                + "  (" + differing(expected, given) + " bits differ)");
        return lines;
    }

    /** {@code ^} under each differing bit of two equally grouped bit strings. */
    static String marks(String a, String b) {
        StringBuilder sb = new StringBuilder(a.length());
        for (int i = 0; i < a.length(); i++) {
            sb.append(a.charAt(i) != b.charAt(i) ? '^' : ' ');
        }
        return sb.toString().stripTrailing();
    }

    static int differing(IpAddress a, IpAddress b) {
        return a.toBigInteger().xor(b.toBigInteger()).bitCount();
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }
}
