package netlab.core.addr.practice;

import java.util.ArrayList;
import java.util.List;
import netlab.core.InvalidInputException;
import netlab.core.addr.IpAddress;
import netlab.core.addr.Ipv4Address;
import netlab.core.addr.Ipv6Address;
import netlab.core.lesson.AnswerKind;
import netlab.core.lesson.Verdict;

/**
 * Answer kinds {@code ipv4}, {@code ipv6} and {@code address} (either): checked by value, so
 * {@code ::1} and {@code 0:0:0:0:0:0:0:1} are the same answer (RFC 4291 §2.2 text forms); a
 * wrong one is explained bit by bit.
 */
public record AddressAnswer(String name, int version) implements AnswerKind {
    public static final AddressAnswer IPV4 = new AddressAnswer("ipv4", 4);
    public static final AddressAnswer IPV6 = new AddressAnswer("ipv6", 6);
    public static final AddressAnswer ANY = new AddressAnswer("address", 0);

    @Override
    public Verdict check(String expected, String given) {
        IpAddress want = parse(expected.strip());
        IpAddress got;
        try {
            got = parse(given.strip());
        } catch (InvalidInputException e) {
            return Verdict.wrong(e.getMessage());
        }
        if (got.version() != want.version()) {
            return Verdict.wrong("the answer is an IPv" + want.version() + " address; you gave an IPv" + got.version() + " one");
        }
        if (got.equals(want)) {
            return Verdict.right(given.strip().equals(want.toString()) ? "right: " + want : "right: " + want + " (the same address as " + given.strip() + ")");
        }
        List<String> lines = new ArrayList<>();
        lines.add("not quite: the answer is " + want);
        lines.addAll(BitWorking.compare(want, got));
        return new Verdict(false, lines);
    }

    private IpAddress parse(String text) {
        return switch (version) {
            case 4 -> Ipv4Address.parse(text);
            case 6 -> Ipv6Address.parse(text);
            default -> IpAddress.parse(text);
        };
    }
}
