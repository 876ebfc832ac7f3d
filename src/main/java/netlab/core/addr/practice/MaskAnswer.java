package netlab.core.addr.practice;

import java.util.ArrayList;
import java.util.List;
import netlab.core.InvalidInputException;
import netlab.core.addr.Netmask;
import netlab.core.lesson.AnswerKind;
import netlab.core.lesson.Verdict;

/**
 * Answer kind {@code mask}: an IPv4 mask, dotted or as a prefix ({@code 255.255.255.192},
 * {@code /26} and {@code 26} are one answer; RFC 950, RFC 4632 §3.1).
 */
public final class MaskAnswer implements AnswerKind {
    @Override
    public String name() {
        return "mask";
    }

    @Override
    public Verdict check(String expected, String given) {
        int want = Netmask.parse(expected.strip(), 4);
        int got;
        try {
            got = Netmask.parse(given.strip(), 4);
        } catch (InvalidInputException e) {
            return Verdict.wrong(e.getMessage());
        }
        String wantText = "/" + want + " = " + Netmask.of(4, want);
        if (got == want) {
            return Verdict.right("right: " + wantText);
        }
        List<String> lines = new ArrayList<>();
        lines.add("not quite: the answer is " + wantText + " (" + want + " network bits, " + (32 - want) + " host bits);"
                + " you gave /" + got + " = " + Netmask.of(4, got));
        lines.addAll(BitWorking.compare(Netmask.of(4, want), Netmask.of(4, got)));
        return new Verdict(false, lines);
    }
}
