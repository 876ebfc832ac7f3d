package netlab.core.addr;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Hand-checked cases: the seeds' examples, PEERS.md's ipcalc output, and the edges. */
class SubnetFactsTest {
    static SubnetFacts facts(String cidr) {
        return SubnetFacts.of(Cidr.parse(cidr));
    }

    @Test
    void ipcalcExampleFromPeers() {
        SubnetFacts f = facts("192.168.1.130/26");
        assertThat(f.network()).hasToString("192.168.1.128");
        assertThat(f.firstHost()).hasToString("192.168.1.129");
        assertThat(f.lastHost()).hasToString("192.168.1.190");
        assertThat(f.broadcast()).hasToString("192.168.1.191");
        assertThat(f.hosts()).isEqualTo(62);
        assertThat(f.addresses()).isEqualTo(64);
        assertThat(f.netmask()).hasToString("255.255.255.192");
        assertThat(f.wildcard()).hasToString("0.0.0.63");
        assertThat(f.addressClass()).isEqualTo(AddressClass.C);
        assertThat(f.type()).isEqualTo(AddressType.PRIVATE);
    }

    @Test
    void seedsClassfulNetworksWithTheCorrectClassAHostCount() {
        assertThat(facts("10.0.0.1/8").hosts()).isEqualTo(16_777_214);
        assertThat(facts("172.16.0.1/16").hosts()).isEqualTo(65_534);
        assertThat(facts("192.168.4.24/24").hosts()).isEqualTo(254);
        assertThat(facts("192.168.4.24/24").network()).hasToString("192.168.4.0");
    }

    @Test
    void slash0CoversEverything() {
        SubnetFacts f = facts("0.0.0.0/0");
        assertThat(f.addresses()).isEqualTo(4_294_967_296L);
        assertThat(f.hosts()).isEqualTo(4_294_967_294L);
        assertThat(f.firstHost()).hasToString("0.0.0.1");
        assertThat(f.lastHost()).hasToString("255.255.255.254");
        assertThat(f.broadcast()).hasToString("255.255.255.255");
        assertThat(f.netmask()).hasToString("0.0.0.0");
        assertThat(f.wildcard()).hasToString("255.255.255.255");
    }

    @Test
    void slash1SplitsTheSpaceInHalf() {
        SubnetFacts f = facts("200.1.2.3/1");
        assertThat(f.network()).hasToString("128.0.0.0");
        assertThat(f.broadcast()).hasToString("255.255.255.255");
        assertThat(f.hosts()).isEqualTo(2_147_483_646L);
        assertThat(f.addressClass()).isEqualTo(AddressClass.C);
    }

    @Test
    void slash31HasTwoHostsAndNoBroadcastRfc3021() {
        SubnetFacts f = facts("10.0.0.1/31");
        assertThat(f.broadcast()).isNull();
        assertThat(f.firstHost()).hasToString("10.0.0.0");
        assertThat(f.lastHost()).hasToString("10.0.0.1");
        assertThat(f.hosts()).isEqualTo(2);
    }

    @Test
    void slash32IsOneHost() {
        SubnetFacts f = facts("255.255.255.255/32");
        assertThat(f.broadcast()).isNull();
        assertThat(f.firstHost()).hasToString("255.255.255.255");
        assertThat(f.lastHost()).hasToString("255.255.255.255");
        assertThat(f.hosts()).isEqualTo(1);
        assertThat(f.type()).isEqualTo(AddressType.BROADCAST);
        assertThat(f.addressClass()).isEqualTo(AddressClass.E);
        assertThat(facts("0.0.0.0/32").type()).isEqualTo(AddressType.UNSPECIFIED);
    }

    @Test
    void ipv6HasNoBroadcastAndCountsEveryAddress() {
        SubnetFacts f = facts("2001:db8::1/64");
        assertThat(f.broadcast()).isNull();
        assertThat(f.wildcard()).isNull();
        assertThat(f.addressClass()).isNull();
        assertThat(f.network()).hasToString("2001:db8::");
        assertThat(f.lastHost()).hasToString("2001:db8::ffff:ffff:ffff:ffff");
        assertThat(f.hosts()).isEqualTo(BigInteger.ONE.shiftLeft(64));
        assertThat(facts("::/0").addresses()).isEqualTo(BigInteger.ONE.shiftLeft(128));
        assertThat(facts("::1/128").hosts()).isEqualTo(1);
    }

    @Test
    void theMaskDecidesNotTheFirstThreeNumbers() {
        assertThat(Cidr.parse("10.1.2.3/16").contains(Ipv4Address.parse("10.1.99.4"))).isTrue();
        assertThat(Cidr.parse("192.168.1.10/25").contains(Ipv4Address.parse("192.168.1.200"))).isFalse();
        assertThat(Cidr.parse("10.0.0.0/8").contains(Ipv6Address.parse("::a00:1"))).isFalse();
    }
}
