package netlab.core.lesson;

import java.util.Optional;
import netlab.core.InvalidInputException;
import netlab.core.ports.Service;

/**
 * Answer kind {@code port}: a port number 0–65535 or a service name from the common table
 * ({@code http} = {@code 80}, {@code domain} = {@code dns} = {@code 53}); checked by number.
 */
public record PortAnswer() implements AnswerKind {
    public static final String NAME = "port";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Verdict check(String expected, String given) {
        int want = port(expected);
        int got;
        try {
            got = port(given);
        } catch (InvalidInputException e) {
            return Verdict.wrong(e.getMessage());
        }
        if (got == want) {
            return Verdict.right("right: " + describe(want));
        }
        return Verdict.wrong("not quite: " + describe(got) + (Service.onPort(got).isEmpty() ? ", which no common service uses" : ""));
    }

    private static String describe(int port) {
        return "port " + port + Service.onPort(port).map(s -> " (" + s.name() + ")").orElse("");
    }

    /** The port a number or a service name stands for. */
    public static int port(String text) {
        String t = text.strip();
        if (t.matches("[0-9]{1,5}") && Integer.parseInt(t) <= 65535) {
            return Integer.parseInt(t);
        }
        Optional<Service> service = Service.named(t);
        if (service.isPresent()) {
            return service.get().port();
        }
        throw new InvalidInputException("not a port number or a known service name: " + InvalidInputException.quote(t)
                + " (a number 0–65535, or a name such as http, ssh, dns; \"ports\" lists them)");
    }
}
