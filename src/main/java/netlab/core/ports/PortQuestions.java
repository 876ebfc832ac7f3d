package netlab.core.ports;

import java.util.List;
import java.util.Random;
import netlab.core.lesson.ChoiceAnswer;
import netlab.core.lesson.Question;
import netlab.core.lesson.QuizTopic;

/**
 * Quiz topic {@code ports}: well-known service ports both ways and the three ranges (RFC 6335).
 * Every choice comes from the given {@link Random}, so a seed gives the same questions everywhere.
 */
public final class PortQuestions implements QuizTopic {
    public static final List<QuizTopic> TOPICS = List.of(new PortQuestions());

    /** The services the course notes name; the quiz asks about these. */
    static final List<String> ASKED = List.of("ftp", "ssh", "telnet", "dns", "tftp", "http", "https", "snmp", "rip",
            "mysql", "oracle", "tomcat");

    @Override
    public String name() {
        return "ports";
    }

    @Override
    public String description() {
        return "well-known port numbers of common services, and the three port ranges";
    }

    @Override
    public Question generate(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> portOf(random);
            case 1 -> serviceOn(random);
            default -> rangeOf(random);
        };
    }

    private static Service pick(Random random) {
        return Service.named(ASKED.get(random.nextInt(ASKED.size()))).orElseThrow();
    }

    static Question portOf(Random random) {
        Service s = pick(random);
        return new Question("Which port number does " + s.name().toUpperCase(java.util.Locale.ROOT) + " use by default?",
                "port", Integer.toString(s.port()),
                "It is a " + s.range().label() + " port (" + s.range().first() + "–" + s.range().last() + "); \"ports " + s.name()
                        + "\" would tell you, but try to remember first.",
                s.name() + " is " + s.transports() + " port " + s.port() + ": " + s.what() + ".");
    }

    static Question serviceOn(Random random) {
        Service s = pick(random);
        return new Question("Which service listens on port " + s.port() + " by default? (its name)", "text", s.spellings(),
                "Think of what the notes list beside " + s.port() + "; the answer is a short protocol or program name.",
                "port " + s.port() + " is " + s.name() + ": " + s.what() + ".");
    }

    static Question rangeOf(Random random) {
        PortRange range = PortRange.values()[random.nextInt(3)];
        int port = range.first() + random.nextInt(range.last() - range.first() + 1);
        if (port == 0) {
            port = 1;
        }
        List<String> choices = List.of("a) well-known (0–1023)", "b) registered (1024–49151)", "c) dynamic (49152–65535)");
        String letter = String.valueOf((char) ('a' + range.ordinal()));
        return new Question("Which range is port " + String.format("%,d", port).replace(",", "") + " in?\n" + String.join("\n", choices),
                ChoiceAnswer.NAME, ChoiceAnswer.expected(letter, choices),
                "The borders are 1023/1024 and 49151/49152.",
                port + " is " + range.label() + ": " + range.meaning() + ".");
    }
}
