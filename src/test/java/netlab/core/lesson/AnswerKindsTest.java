package netlab.core.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AnswerKindsTest {
    static Verdict check(String kind, String expected, String given) {
        return AnswerKinds.find(kind).orElseThrow().check(expected, given);
    }

    @Test
    void integersAcceptGroupingAndSayWhichWayAWrongOneIsOff() {
        assertThat(check("integer", "16777214", "16,777,214").correct()).isTrue();
        assertThat(check("integer", "16777214", "16 777 214").correct()).isTrue();
        assertThat(check("integer", "16777214", "1677214").explanation()).singleElement().asString()
                .contains("too small").contains("factor");
        assertThat(check("integer", "254", "256").explanation().get(0)).contains("too big");
        assertThat(check("integer", "254", "two").explanation().get(0)).contains("not a whole number: \"two\"");
        assertThatThrownBy(() -> check("integer", "x", "1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void choicesTakeTheLetterOrTheText() {
        String expected = ChoiceAnswer.expected("b", List.of("a) ICMP", "b) UDP", "c) TCP"));
        assertThat(check("choice", expected, "B").correct()).isTrue();
        assertThat(check("choice", expected, "b)").correct()).isTrue();
        assertThat(check("choice", expected, " udp ").correct()).isTrue();
        assertThat(check("choice", expected, "a").explanation().get(0)).isEqualTo("not a) ICMP — read the other choices again");
        assertThat(check("choice", expected, "z").explanation().get(0)).contains("a, b, c");
    }

    @Test
    void portsTakeANumberOrAServiceName() {
        assertThat(check("port", "80", "http").correct()).isTrue();
        assertThat(check("port", "53", "domain").correct()).isTrue();
        assertThat(check("port", "dns", "53").correct()).isTrue();
        assertThat(check("port", "22", "23").explanation().get(0)).isEqualTo("not quite: port 23 (telnet)");
        assertThat(check("port", "22", "gopherx").explanation().get(0)).contains("not a port number or a known service name");
        assertThat(check("port", "22", "70000").correct()).isFalse();
    }

    @Test
    void textIsMatchedAfterNormalising() {
        assertThat(check("text", "B", "class b".substring(6)).correct()).isTrue();
        assertThat(check("text", "three-way handshake", "Three way  handshake.").correct()).isTrue();
        assertThat(check("text", "dns | domain", "Domain").correct()).isTrue();
        assertThat(check("text", "localhost", "locahost").explanation().get(0)).contains("spelling");
        assertThat(check("text", "localhost", "router").correct()).isFalse();
    }

    @Test
    void everyKindTheReadmeNamesIsRegistered() {
        assertThat(AnswerKinds.all()).extracting(AnswerKind::name)
                .contains("integer", "ipv4", "ipv6", "address", "cidr", "mask", "choice", "port", "text");
    }

    @Test
    void theSameSeedGivesTheSamePortsQuestionsAndEachAcceptsItsOwnAnswer() {
        QuizTopic ports = QuizTopics.find("ports").orElseThrow();
        Random a = new Random(7);
        Random b = new Random(7);
        for (int i = 0; i < 200; i++) {
            Question q = ports.generate(a);
            assertThat(ports.generate(b)).isEqualTo(q);
            String given = q.expected().lines().findFirst().orElseThrow().split(" \\| ")[0];
            assertThat(check(q.kind(), q.expected(), given).correct()).as(q.prompt()).isTrue();
            assertThat(q.hint()).isNotBlank();
        }
    }
}
