package netlab.core.addr.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import netlab.core.addr.AddressClass;
import netlab.core.addr.Cidr;
import netlab.core.addr.IpAddress;
import netlab.core.addr.Ipv4Address;
import netlab.core.addr.SubnetFacts;
import netlab.core.lesson.AnswerKinds;
import netlab.core.lesson.Question;
import netlab.core.lesson.QuizTopic;
import netlab.core.lesson.QuizTopics;
import org.junit.jupiter.api.Test;

/** Each topic's answers recomputed independently from its question text, over many seeds. */
class AddressQuestionsTest {
    private static final Pattern IPV4 = Pattern.compile("\\d+\\.\\d+\\.\\d+\\.\\d+");
    private static final Pattern CIDR = Pattern.compile("(\\d+\\.\\d+\\.\\d+\\.\\d+)/(\\d+)");

    static QuizTopic topic(String name) {
        return QuizTopics.find(name).orElseThrow();
    }

    static List<String> addresses(String text) {
        return IPV4.matcher(text).results().map(java.util.regex.MatchResult::group).toList();
    }

    static Cidr cidr(String text) {
        Matcher m = CIDR.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return Cidr.parse(m.group());
    }

    @Test
    void everyTopicIsRegistered() {
        assertThat(QuizTopics.all()).extracting(QuizTopic::name)
                .contains("class", "network", "broadcast", "hosts", "mask", "same-subnet", "split");
    }

    @Test
    void theSameSeedGivesTheSameQuestions() {
        for (QuizTopic t : QuizTopics.all()) {
            assertThat(t.generate(new Random(42))).isEqualTo(t.generate(new Random(42)));
        }
    }

    @Test
    void answersAreRightAndHaveHintsAndWorking() {
        Random random = new Random(9);
        for (int i = 0; i < 1000; i++) {
            for (QuizTopic t : AddressQuestions.TOPICS) {
                Question q = t.generate(random);
                assertThat(q.hint()).as(t.name()).isNotBlank();
                assertThat(q.explanation()).as(t.name()).isNotBlank();
                AnswerKinds.find(q.kind()).ifPresent(k -> assertThat(k.check(q.expected(), q.expected()).correct()).isTrue());
                check(t.name(), q);
            }
        }
    }

    private static void check(String topic, Question q) {
        String p = q.prompt();
        switch (topic) {
            case "class" -> assertThat(q.expected()).isEqualTo(classByBits(Ipv4Address.parse(addresses(p).get(0))));
            case "network" -> assertThat(q.expected()).isEqualTo(Ipv4Address.ofLong(bits(cidr(p)) & maskBits(cidr(p).prefix())).toString());
            case "broadcast" -> assertThat(q.expected()).isEqualTo(Ipv4Address.ofLong(bits(cidr(p)) | ~maskBits(cidr(p).prefix()) & 0xffffffffL).toString());
            case "hosts" -> {
                int prefix = cidr(p).prefix();
                long expected = prefix == 32 ? 1 : prefix == 31 ? 2 : (1L << (32 - prefix)) - 2;
                assertThat(q.expected()).isEqualTo(String.valueOf(expected));
            }
            case "mask" -> {
                long hosts = Long.parseLong(p.replaceAll("^A subnet must hold (\\d+) hosts.*$", "$1"));
                int prefix = Integer.parseInt(q.expected().substring(1));
                assertThat((1L << (32 - prefix)) - 2).isGreaterThanOrEqualTo(hosts);
                assertThat((1L << (31 - prefix)) - 2).isLessThan(hosts);
            }
            case "same-subnet" -> {
                List<String> a = addresses(p);
                long mask = Ipv4Address.parse(a.get(2)).unsigned();
                boolean same = (Ipv4Address.parse(a.get(0)).unsigned() & mask) == (Ipv4Address.parse(a.get(1)).unsigned() & mask);
                assertThat(q.expected()).isEqualTo(same ? "yes" : "no");
            }
            case "split" -> {
                Cidr parent = cidr(p);
                int count = Integer.parseInt(p.replaceAll(".* into (\\d+) equal.*", "$1"));
                int number = Integer.parseInt(p.replaceAll(".*subnet number (\\d+) .*", "$1"));
                int prefix = parent.prefix() + Integer.numberOfTrailingZeros(count);
                long start = bits(parent) + (long) (number - 1) * (1L << (32 - prefix));
                assertThat(q.expected()).isEqualTo(Ipv4Address.ofLong(start) + "/" + prefix);
            }
            default -> throw new AssertionError("no independent check for " + topic);
        }
    }

    @Test
    void sameSubnetAsksBothWays() {
        long yes = 0;
        Random random = new Random(8);
        for (int i = 0; i < 200; i++) {
            yes += topic("same-subnet").generate(random).expected().equals("yes") ? 1 : 0;
        }
        assertThat(yes).isBetween(50L, 150L);
    }

    @Test
    void hostsSometimesAsksAboutRfc3021Edges() {
        boolean edge = false;
        Random random = new Random(7);
        for (int i = 0; i < 200 && !edge; i++) {
            Question q = topic("hosts").generate(random);
            edge = q.prompt().contains("/31?") || q.prompt().contains("/32?");
        }
        assertThat(edge).isTrue();
        assertThat(SubnetFacts.of(Cidr.parse("10.0.0.0/8")).hosts()).isEqualTo(16_777_214);
    }

    private static long bits(Cidr c) {
        return ((Ipv4Address) c.address()).unsigned();
    }

    private static long maskBits(int prefix) {
        return prefix == 0 ? 0 : (0xffffffffL << (32 - prefix)) & 0xffffffffL;
    }

    private static String classByBits(IpAddress a) {
        String bits = a.binary();
        return bits.startsWith("0") ? "A" : bits.startsWith("10") ? "B" : bits.startsWith("110") ? "C"
                : bits.startsWith("1110") ? "D" : AddressClass.E.name();
    }
}
