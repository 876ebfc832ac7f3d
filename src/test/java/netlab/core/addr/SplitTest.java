package netlab.core.addr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import netlab.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class SplitTest {
    @Test
    void countUsesTheSmallestPrefixGivingAtLeastN() {
        Cidr net = Cidr.parse("192.168.1.0/24");
        assertThat(EqualSplit.intoAtLeast(net, 1).childPrefix()).isEqualTo(24);
        assertThat(EqualSplit.intoAtLeast(net, 2).childPrefix()).isEqualTo(25);
        assertThat(EqualSplit.intoAtLeast(net, 4).childPrefix()).isEqualTo(26);
        assertThat(EqualSplit.intoAtLeast(net, 5).childPrefix()).isEqualTo(27);
        assertThat(EqualSplit.intoAtLeast(net, 256).childPrefix()).isEqualTo(32);
        EqualSplit split = EqualSplit.intoAtLeast(net, 3);
        assertThat(split.count()).isEqualTo(4);
        assertThat(split.subnet(BigInteger.TWO)).hasToString("192.168.1.128/26");
    }

    @Test
    void badSplitsAreOneLine() {
        Cidr net = Cidr.parse("10.0.0.0/8");
        assertThatThrownBy(() -> EqualSplit.intoAtLeast(net, 0)).isInstanceOf(InvalidInputException.class)
                .hasMessage("--count must be at least 1, got 0 (the number of subnets wanted)");
        assertThatThrownBy(() -> EqualSplit.intoAtLeast(Cidr.parse("10.0.0.0/30"), 8))
                .hasMessage("cannot split 10.0.0.0/30 into 8 subnets: it has 2 host bits, so at most 4 subnets (of /32)");
        assertThatThrownBy(() -> EqualSplit.withPrefix(net, "/4"))
                .hasMessage("--prefix /4 is shorter than 10.0.0.0/8's own /8 (a subnet's prefix is /8–/32)");
        assertThatThrownBy(() -> EqualSplit.withPrefix(net, "33")).hasMessage("prefix out of range: \"33\" (an IPv4 prefix is /0–/32)");
    }

    @Test
    void ipv6SplitsByPrefix() {
        EqualSplit split = EqualSplit.withPrefix(Cidr.parse("2001:db8::/32"), "48");
        assertThat(split.count()).isEqualTo(65536);
        assertThat(split.subnet(BigInteger.valueOf(65535))).hasToString("2001:db8:ffff::/48");
    }

    @Test
    void vlsmLargestFirstInAddressOrder() {
        List<Vlsm.Allocation> plan = Vlsm.plan(Cidr.parse("192.168.1.0/24"), List.of(20L, 100L, 2L, 50L));
        assertThat(plan).extracting(a -> a.block().toString()).containsExactly(
                "192.168.1.0/25", "192.168.1.128/26", "192.168.1.192/27", "192.168.1.224/30");
        assertThat(plan).extracting(Vlsm.Allocation::requested).containsExactly(100L, 50L, 20L, 2L);
    }

    @Test
    void vlsmBlockHoldsTheRequestPlusNetworkAndBroadcast() {
        assertThat(Vlsm.blockSize(1)).isEqualTo(4);
        assertThat(Vlsm.blockSize(2)).isEqualTo(4);
        assertThat(Vlsm.blockSize(3)).isEqualTo(8);
        assertThat(Vlsm.blockSize(62)).isEqualTo(64);
        assertThat(Vlsm.blockSize(63)).isEqualTo(128);
        assertThat(Vlsm.blockSize(254)).isEqualTo(256);
    }

    @Test
    void vlsmThatDoesNotFitSaysNeededAndAvailable() {
        assertThatThrownBy(() -> Vlsm.plan(Cidr.parse("192.168.1.0/24"), List.of(200L, 50L)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("the requests do not fit in 192.168.1.0/24: their smallest blocks need 320 addresses and it has 256"
                        + " (200 hosts → 256, 50 hosts → 64)");
        assertThatThrownBy(() -> Vlsm.plan(Cidr.parse("2001:db8::/64"), List.of(2L))).hasMessageStartingWith("--hosts (VLSM) is for IPv4");
    }

    @Test
    void vlsmRequestListsAreCheckedOneLine() {
        assertThatThrownBy(() -> Vlsm.parseRequests("10,,5")).hasMessage(
                "not a host count: \"\" in --hosts \"10,,5\" (each is a whole number 1–999999999999, separated by commas, e.g. 100,50,10)");
        assertThatThrownBy(() -> Vlsm.parseRequests("10,0")).hasMessageStartingWith("not a host count: \"0\"");
        assertThatThrownBy(() -> Vlsm.parseRequests("ten")).hasMessageStartingWith("not a host count: \"ten\"");
        assertThatThrownBy(() -> Vlsm.parseRequests("")).hasMessage("--hosts needs host counts, e.g. --hosts 100,50,10");
        assertThat(Vlsm.parseRequests("100, 50,10")).containsExactly(100L, 50L, 10L);
    }

    /**
     * Random request sets either fit — no overlap, each block minimal and inside the parent — or
     * are refused, exactly when the minimal blocks add up to more than the parent.
     */
    @Test
    void randomRequestSetsFitExactlyWhenMinimalBlocksSumToAtMostTheParent() {
        Random random = new Random(5L);
        int fitted = 0;
        int refused = 0;
        for (int round = 0; round < 3000; round++) {
            int prefix = 8 + random.nextInt(23);
            Cidr parent = new Cidr(new Ipv4Address(random.nextInt()), prefix).block();
            long parentSize = 1L << parent.hostBits();
            List<Long> requests = new ArrayList<>();
            int n = 1 + random.nextInt(8);
            long needed = 0;
            for (int i = 0; i < n; i++) {
                long h = 1 + (long) (random.nextDouble() * random.nextDouble() * parentSize / 2);
                requests.add(h);
                needed += Vlsm.blockSize(h);
            }
            if (needed > parentSize) {
                refused++;
                assertThatThrownBy(() -> Vlsm.plan(parent, requests)).isInstanceOf(InvalidInputException.class)
                        .hasMessageContaining("need " + needed + " addresses and it has " + parentSize);
                continue;
            }
            fitted++;
            List<Vlsm.Allocation> plan = Vlsm.plan(parent, requests);
            assertThat(plan).hasSize(n);
            assertThat(plan).extracting(Vlsm.Allocation::requested).containsExactlyInAnyOrderElementsOf(requests);
            long previousEnd = -1;
            for (Vlsm.Allocation a : plan) {
                Cidr block = a.block();
                long start = ((Ipv4Address) block.address()).unsigned();
                long size = 1L << block.hostBits();
                assertThat(block.network()).as("aligned %s", block).isEqualTo(block.address());
                assertThat(parent.contains(block.address()) && parent.contains(block.last())).as("%s inside %s", block, parent).isTrue();
                assertThat(start).as("address order, no overlap").isGreaterThan(previousEnd);
                assertThat(size - 2).as("%s holds %d hosts", block, a.requested()).isGreaterThanOrEqualTo(a.requested());
                assertThat(size / 2 - 2).as("%s is minimal for %d hosts", block, a.requested()).isLessThan(a.requested());
                previousEnd = start + size - 1;
            }
            assertThat(plan).extracting(a -> a.block().hostBits()).isSortedAccordingTo(Comparator.reverseOrder());
        }
        assertThat(fitted).isGreaterThan(300);
        assertThat(refused).isGreaterThan(300);
    }
}
