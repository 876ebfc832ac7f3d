package netlab.core.lesson;

import java.math.BigInteger;
import netlab.core.InvalidInputException;

/** Answer kind {@code integer}: a whole number, with commas, spaces or underscores between digits allowed ({@code 16,777,214}). */
public record IntegerAnswer() implements AnswerKind {
    public static final String NAME = "integer";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Verdict check(String expected, String given) {
        BigInteger want = parse(expected);
        BigInteger got;
        try {
            got = parse(given);
        } catch (InvalidInputException e) {
            return Verdict.wrong(e.getMessage());
        }
        if (got.equals(want)) {
            return Verdict.right("right: " + grouped(want));
        }
        String direction = got.compareTo(want) > 0 ? "too big" : "too small";
        BigInteger ratio = got.signum() != 0 && want.signum() != 0 ? got.max(want).divide(got.min(want).abs().max(BigInteger.ONE)) : BigInteger.ZERO;
        String scale = ratio.compareTo(BigInteger.valueOf(8)) >= 0 ? " (by a factor of about " + ratio + ": check the powers of two)" : "";
        return Verdict.wrong("not quite: " + grouped(got) + " is " + direction + scale);
    }

    /** 65,536 with commas; numbers below 10,000 (ports, years) as they are. */
    static String grouped(BigInteger n) {
        return n.abs().compareTo(BigInteger.valueOf(10_000)) < 0 ? n.toString() : String.format("%,d", n);
    }

    static BigInteger parse(String text) {
        String t = text.strip();
        if (!t.matches("[-+]?[0-9]+([ ,_][0-9]+)*")) {
            throw new InvalidInputException("not a whole number: " + InvalidInputException.quote(t) + " (digits only, e.g. 254 or 16,777,214)");
        }
        return new BigInteger(t.replaceAll("[ ,_+]", ""));
    }
}
