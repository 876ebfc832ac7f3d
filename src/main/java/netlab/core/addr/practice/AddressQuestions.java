package netlab.core.addr.practice;

import java.util.List;
import java.util.Random;
import netlab.core.addr.AddressClass;
import netlab.core.addr.Cidr;
import netlab.core.addr.EqualSplit;
import netlab.core.addr.Ipv4Address;
import netlab.core.addr.Netmask;
import netlab.core.addr.SubnetFacts;
import netlab.core.lesson.Question;
import netlab.core.lesson.QuizTopic;

/**
 * The address quiz topics ({@code class}, {@code network}, {@code broadcast}, {@code hosts},
 * {@code mask}, {@code same-subnet}, {@code split}): IPv4 classes (RFC 791), masks and CIDR
 * (RFC 950, RFC 4632), /31 and /32 (RFC 3021). Every number comes from the given {@link Random},
 * so a seed gives the same questions everywhere.
 */
public final class AddressQuestions {
    public static final List<QuizTopic> TOPICS = List.of(
            new AddressTopic("class", "the class of an IPv4 address, from its leading bits", AddressQuestions::addressClass),
            new AddressTopic("network", "the network address of ADDRESS/PREFIX (address AND mask)", AddressQuestions::network),
            new AddressTopic("broadcast", "the broadcast address of ADDRESS/PREFIX (host bits all ones)", AddressQuestions::broadcast),
            new AddressTopic("hosts", "how many usable hosts a prefix gives", AddressQuestions::hosts),
            new AddressTopic("mask", "the mask for a number of hosts", AddressQuestions::mask),
            new AddressTopic("same-subnet", "whether two addresses share a subnet under a mask", AddressQuestions::sameSubnet),
            new AddressTopic("split", "equal subnets: which block is the Nth", AddressQuestions::split));

    private AddressQuestions() {
    }

    /** A random address from one of classes A–C (most of the time) or D–E. */
    static Ipv4Address address(Random random) {
        int first = switch (random.nextInt(10)) {
            case 0, 1, 2 -> 1 + random.nextInt(126);
            case 3, 4, 5 -> 128 + random.nextInt(64);
            case 6, 7, 8 -> 192 + random.nextInt(32);
            default -> 224 + random.nextInt(32);
        };
        return new Ipv4Address(first << 24 | random.nextInt(1 << 24));
    }

    static Ipv4Address unicast(Random random) {
        return new Ipv4Address((1 + random.nextInt(223)) << 24 | random.nextInt(1 << 24));
    }

    static Question addressClass(Random random) {
        Ipv4Address a = address(random);
        AddressClass c = AddressClass.of(a);
        String bits = a.binary().substring(0, 8);
        return new Question("Which class (A, B, C, D or E) is " + a + "?", "text", c.name(),
                "Write the first number, " + a.octet(0) + ", in binary and look at its leading bits: 0 A, 10 B, 110 C, 1110 D, 1111 E.",
                a.octet(0) + " = " + bits + ", which starts with " + c.leadingBits() + ": class " + c + " (" + c.range() + ").");
    }

    static Question network(Random random) {
        Cidr cidr = new Cidr(unicast(random), 8 + random.nextInt(23));
        return new Question("What is the network address of " + cidr + "?", "ipv4", cidr.network().toString(),
                "AND the address with the mask /" + cidr.prefix() + " (" + cidr.mask() + "): keep the first "
                        + cidr.prefix() + " bits, set the rest to 0.",
                andWorking(cidr) + " → " + cidr.network());
    }

    static Question broadcast(Random random) {
        Cidr cidr = new Cidr(unicast(random), 8 + random.nextInt(23));
        SubnetFacts f = SubnetFacts.of(cidr);
        return new Question("What is the broadcast address of " + cidr + "?", "ipv4", f.broadcast().toString(),
                "Keep the first " + cidr.prefix() + " bits and set all " + cidr.hostBits() + " host bits to 1.",
                "network " + f.network() + " with the " + cidr.hostBits() + " host bits all ones: " + cidr.last().binary()
                        + " = " + f.broadcast());
    }

    static Question hosts(Random random) {
        int prefix = random.nextInt(8) == 0 ? 31 + random.nextInt(2) : 8 + random.nextInt(23);
        Cidr cidr = new Cidr(unicast(random), prefix);
        SubnetFacts f = SubnetFacts.of(cidr);
        String why = prefix <= 30 ? "2^" + cidr.hostBits() + " − 2 = " + f.hosts() + " (the network and broadcast addresses are not hosts)"
                : prefix == 31 ? "a /31 is a point-to-point link: both addresses are hosts (RFC 3021)" : "a /32 is one host";
        return new Question("How many usable hosts are in " + cidr.block() + "?", "integer", f.hosts().toString(),
                "Count the host bits: 32 − " + prefix + ". Then think about the network and broadcast addresses.", why);
    }

    static Question mask(Random random) {
        int hostBits = 2 + random.nextInt(15);
        long hosts = (1L << (hostBits - 1)) + random.nextInt((1 << (hostBits - 1)) - 1);
        int prefix = 32 - hostBits;
        return new Question("A subnet must hold " + hosts + " hosts. What is the longest mask (the smallest subnet) that does?",
                "mask", "/" + prefix,
                "Find the smallest power of two that is at least " + hosts + " + 2; its exponent is the number of host bits.",
                hosts + " + 2 = " + (hosts + 2) + " ≤ 2^" + hostBits + " = " + (1L << hostBits) + ", so " + hostBits
                        + " host bits: /" + prefix + " = " + Netmask.of(4, prefix));
    }

    static Question sameSubnet(Random random) {
        int prefix = 16 + random.nextInt(15);
        Cidr cidr = new Cidr(unicast(random), prefix);
        int hostMask = (int) ((1L << cidr.hostBits()) - 1);
        int base = ((Ipv4Address) cidr.network()).value();
        int second = random.nextBoolean() ? base | (random.nextInt() & hostMask)
                : (base ^ (1 << (cidr.hostBits() + random.nextInt(Math.min(3, prefix))))) | (random.nextInt() & hostMask);
        Ipv4Address a = (Ipv4Address) cidr.address();
        Ipv4Address b = new Ipv4Address(second);
        Cidr other = new Cidr(b, prefix);
        boolean same = cidr.network().equals(other.network());
        return new Question("Are " + a + " and " + b + " on the same subnet under the mask " + cidr.mask() + "? (yes or no)",
                "text", same ? "yes" : "no",
                "AND each address with the mask; the same result means the same subnet. The mask decides, not the first three numbers.",
                a + " AND mask = " + cidr.network() + "; " + b + " AND mask = " + other.network() + " → " + (same ? "same" : "different"));
    }

    static Question split(Random random) {
        int prefix = 16 + random.nextInt(9);
        int borrowed = 1 + random.nextInt(4);
        Cidr parent = new Cidr(unicast(random), prefix).block();
        EqualSplit split = new EqualSplit(parent, prefix + borrowed);
        int count = 1 << borrowed;
        int index = random.nextInt(count);
        Cidr answer = split.subnet(java.math.BigInteger.valueOf(index));
        return new Question("Split " + parent + " into " + count + " equal subnets. What is subnet number " + (index + 1)
                + " (counting from 1), as ADDRESS/PREFIX?", "cidr", answer.toString(),
                count + " subnets need " + borrowed + (borrowed == 1 ? " more network bit" : " more network bits") + "; each subnet then has 2^" + (32 - prefix - borrowed) + " addresses.",
                "/" + prefix + " + " + borrowed + (borrowed == 1 ? " bit = /" : " bits = /") + (prefix + borrowed) + ", blocks of " + (1L << (32 - prefix - borrowed))
                        + " addresses; number " + (index + 1) + " starts " + index + " × " + (1L << (32 - prefix - borrowed))
                        + " after " + parent.network() + ": " + answer);
    }

    private static String andWorking(Cidr cidr) {
        return cidr.address().binary() + " AND " + cidr.mask().binary() + " = " + cidr.network().binary();
    }
}
