package netlab.core.addr;

import java.math.BigInteger;
import netlab.core.InvalidInputException;

/**
 * A network cut into 2^k equal subnets by lengthening its prefix by k bits (subnetting, RFC 950
 * §2.1; CIDR, RFC 4632). The subnets are computed on demand, so a split into millions of blocks
 * costs nothing until they are listed.
 *
 * @param parent      the network being split (its network address)
 * @param childPrefix the prefix of every subnet
 */
public record EqualSplit(Cidr parent, int childPrefix) {
    public EqualSplit {
        parent = parent.block();
        int max = parent.address().bitLength();
        if (childPrefix < parent.prefix() || childPrefix > max) {
            throw new InvalidInputException("cannot split " + parent + " into /" + childPrefix
                    + " subnets (a subnet's prefix is /" + parent.prefix() + "–/" + max + ")");
        }
    }

    /** The split with the smallest prefix that gives at least {@code count} subnets. */
    public static EqualSplit intoAtLeast(Cidr parent, long count) {
        if (count < 1) {
            throw new InvalidInputException("--count must be at least 1, got " + count + " (the number of subnets wanted)");
        }
        int extra = 64 - Long.numberOfLeadingZeros(count - 1);
        int prefix = parent.prefix() + extra;
        int max = parent.address().bitLength();
        if (prefix > max) {
            throw new InvalidInputException("cannot split " + parent.block() + " into " + count + " subnets: it has "
                    + parent.hostBits() + " host bits, so at most " + parent.size() + " subnets (of /" + max + ")");
        }
        return new EqualSplit(parent, prefix);
    }

    /** A split into subnets of {@code prefix}, typed as {@code 26} or {@code /26}. */
    public static EqualSplit withPrefix(Cidr parent, String prefix) {
        int p = Netmask.parsePrefix(prefix, parent.version());
        if (p < parent.prefix()) {
            throw new InvalidInputException("--prefix /" + p + " is shorter than " + parent.block()
                    + "'s own /" + parent.prefix() + " (a subnet's prefix is /" + parent.prefix() + "–/"
                    + parent.address().bitLength() + ")");
        }
        return new EqualSplit(parent, p);
    }

    /** How many subnets: 2^(childPrefix − parent prefix). */
    public BigInteger count() {
        return BigInteger.ONE.shiftLeft(childPrefix - parent.prefix());
    }

    /** The {@code index}-th subnet (from 0), in address order. */
    public Cidr subnet(BigInteger index) {
        BigInteger step = BigInteger.ONE.shiftLeft(parent.address().bitLength() - childPrefix);
        IpAddress start = IpAddress.of(parent.version(), parent.address().toBigInteger().add(index.multiply(step)));
        return new Cidr(start, childPrefix);
    }
}
