package netlab.core.addr.practice;

import java.util.ArrayList;
import java.util.List;
import netlab.core.InvalidInputException;
import netlab.core.addr.Cidr;
import netlab.core.lesson.AnswerKind;
import netlab.core.lesson.Verdict;

/**
 * Answer kind {@code cidr}: an address with its prefix, {@code 192.168.1.0/24} (RFC 4632 §3.1);
 * the mask may also be written after a space, {@code 192.168.1.0 255.255.255.0}. Right when the
 * address and the prefix are both the same.
 */
public final class CidrAnswer implements AnswerKind {
    @Override
    public String name() {
        return "cidr";
    }

    static Cidr parse(String text) {
        String t = text.strip();
        int space = t.indexOf(' ');
        return space < 0 ? Cidr.parse(t) : Cidr.parse(t.substring(0, space), t.substring(space + 1).strip());
    }

    @Override
    public Verdict check(String expected, String given) {
        Cidr want = parse(expected);
        Cidr got;
        try {
            got = parse(given);
        } catch (InvalidInputException e) {
            return Verdict.wrong(e.getMessage());
        }
        if (got.equals(want)) {
            return Verdict.right("right: " + want);
        }
        if (got.version() != want.version()) {
            return Verdict.wrong("the answer is an IPv" + want.version() + " block; you gave an IPv" + got.version() + " one");
        }
        List<String> lines = new ArrayList<>();
        lines.add("not quite: the answer is " + want);
        if (got.prefix() != want.prefix()) {
            lines.add("the prefix differs: /" + want.prefix() + " expected, /" + got.prefix() + " given");
            lines.addAll(BitWorking.compare(want.mask(), got.mask()));
        }
        if (!got.address().equals(want.address())) {
            lines.add("the address differs:");
            lines.addAll(BitWorking.compare(want.address(), got.address()));
            if (!got.address().equals(got.network())) {
                lines.add(got + " has host bits set: its network is " + got.network());
            }
        }
        return new Verdict(false, lines);
    }
}
