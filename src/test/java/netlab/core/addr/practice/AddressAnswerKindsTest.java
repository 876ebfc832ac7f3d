package netlab.core.addr.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import netlab.core.lesson.AnswerKind;
import netlab.core.lesson.AnswerKinds;
import netlab.core.lesson.Verdict;
import org.junit.jupiter.api.Test;

class AddressAnswerKindsTest {
    static AnswerKind kind(String name) {
        return AnswerKinds.find(name).orElseThrow();
    }

    @Test
    void everyAddressKindIsRegistered() {
        assertThat(AnswerKinds.all()).extracting(AnswerKind::name).contains("ipv4", "ipv6", "address", "cidr", "mask");
    }

    @Test
    void addressesAreCheckedByMeaning() {
        assertThat(kind("ipv6").check("::1", "0:0:0:0:0:0:0:1").correct()).isTrue();
        assertThat(kind("address").check("2001:db8::1", "2001:DB8:0::0001").correct()).isTrue();
        assertThat(kind("address").check("10.0.0.1", "10.0.0.1").correct()).isTrue();
        assertThat(kind("ipv4").check("192.168.1.128", " 192.168.1.128 ").correct()).isTrue();
    }

    @Test
    void aWrongAddressIsExplainedWithTheDifferingBitsMarked() {
        Verdict v = kind("ipv4").check("192.168.1.128", "192.168.1.192");
        assertThat(v.correct()).isFalse();
        assertThat(v.explanation()).containsExactly(
                "not quite: the answer is 192.168.1.128",
                "expected  192.168.1.128  11000000.10101000.00000001.10000000",
                "you gave  192.168.1.192  11000000.10101000.00000001.11000000",
                "                                                     ^  (1 bits differ)");
    }

    @Test
    void anUnreadableAnswerIsWrongWithTheParseMessage() {
        Verdict v = kind("ipv4").check("10.0.0.0", "10.0.0.256");
        assertThat(v.correct()).isFalse();
        assertThat(v.explanation()).containsExactly("not an IPv4 address: \"10.0.0.256\" (part 4 is 256; each part is 0–255)");
        assertThat(kind("address").check("10.0.0.1", "::1").explanation())
                .containsExactly("the answer is an IPv4 address; you gave an IPv6 one");
    }

    @Test
    void aBadExpectedValueIsALessonFileError() {
        assertThatThrownBy(() -> kind("ipv4").check("10.0.0", "10.0.0.0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> kind("mask").check("255.0.255.0", "/8")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> kind("cidr").check("10.0.0.0", "10.0.0.0/8")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void masksAreTheSameDottedOrAsAPrefix() {
        assertThat(kind("mask").check("255.255.255.192", "/26").correct()).isTrue();
        assertThat(kind("mask").check("/26", "26").correct()).isTrue();
        assertThat(kind("mask").check("/26", "255.255.255.192").correct()).isTrue();
        Verdict v = kind("mask").check("/26", "255.255.255.0");
        assertThat(v.correct()).isFalse();
        assertThat(v.explanation()).containsExactly(
                "not quite: the answer is /26 = 255.255.255.192 (26 network bits, 6 host bits); you gave /24 = 255.255.255.0",
                "expected  255.255.255.192  11111111.11111111.11111111.11000000",
                "you gave  255.255.255.0    11111111.11111111.11111111.00000000",
                "                                                      ^^  (2 bits differ)");
        assertThat(kind("mask").check("/26", "255.255.0.255").explanation()).singleElement().asString()
                .startsWith("not a contiguous mask");
    }

    @Test
    void cidrNeedsTheSameAddressAndPrefix() {
        assertThat(kind("cidr").check("192.168.1.128/26", "192.168.1.128/26").correct()).isTrue();
        assertThat(kind("cidr").check("192.168.1.128/26", "192.168.1.128 255.255.255.192").correct()).isTrue();
        Verdict prefix = kind("cidr").check("192.168.1.128/26", "192.168.1.128/25");
        assertThat(prefix.correct()).isFalse();
        assertThat(prefix.explanation()).contains("the prefix differs: /26 expected, /25 given");
        Verdict hostBits = kind("cidr").check("192.168.1.128/26", "192.168.1.130/26");
        assertThat(hostBits.correct()).isFalse();
        assertThat(hostBits.explanation()).contains("192.168.1.130/26 has host bits set: its network is 192.168.1.128",
                "                                                          ^  (1 bits differ)");
    }
}
