package netlab.core.addr;

import java.math.BigInteger;
import netlab.core.InvalidInputException;

/**
 * An address with a prefix length, {@code 192.168.1.130/26} (CIDR notation, RFC 4632 §3.1;
 * RFC 4291 §2.3 for IPv6). The address may have host bits set: it is the address the learner
 * typed, and {@link #network()} is the block it lies in.
 */
public record Cidr(IpAddress address, int prefix) {
    public Cidr {
        if (prefix < 0 || prefix > address.bitLength()) {
            throw new InvalidInputException("prefix out of range: /" + prefix + " (an IPv" + address.version()
                    + " prefix is /0–/" + address.bitLength() + ")");
        }
    }

    /** Parses {@code ADDRESS/PREFIX}. */
    public static Cidr parse(String text) {
        int slash = text.lastIndexOf('/');
        if (slash < 0) {
            IpAddress.parse(text);
            throw new InvalidInputException("no prefix in " + InvalidInputException.quote(text)
                    + " (write ADDRESS/PREFIX, e.g. 192.168.1.0/24, or give the mask after the address)");
        }
        IpAddress address = IpAddress.parse(text.substring(0, slash));
        return new Cidr(address, Netmask.parsePrefix(text.substring(slash), address.version()));
    }

    /** Parses an address with its mask given apart: {@code 192.168.1.130} and {@code 255.255.255.192} or {@code /26}. */
    public static Cidr parse(String address, String mask) {
        IpAddress ip = IpAddress.parse(address);
        return new Cidr(ip, Netmask.parse(mask, ip.version()));
    }

    public int version() {
        return address.version();
    }

    public int hostBits() {
        return address.bitLength() - prefix;
    }

    public IpAddress mask() {
        return Netmask.of(version(), prefix);
    }

    /** The number of addresses in the block, 2^(bits − prefix). */
    public BigInteger size() {
        return BigInteger.ONE.shiftLeft(hostBits());
    }

    /** The first address of the block: the address AND the mask. */
    public IpAddress network() {
        if (address instanceof Ipv4Address v4) {
            return new Ipv4Address(v4.value() & ipv4Mask());
        }
        return IpAddress.of(version(), address.toBigInteger().andNot(size().subtract(BigInteger.ONE)));
    }

    private int ipv4Mask() {
        return prefix == 0 ? 0 : -1 << (32 - prefix);
    }

    /** The last address of the block: the network OR the host bits all ones. */
    public IpAddress last() {
        if (address instanceof Ipv4Address v4) {
            return new Ipv4Address(v4.value() | ~ipv4Mask());
        }
        return IpAddress.of(version(), address.toBigInteger().or(size().subtract(BigInteger.ONE)));
    }

    /** The same block written with its network address: {@code 192.168.1.128/26}. */
    public Cidr block() {
        return new Cidr(network(), prefix);
    }

    /** True when {@code other} has the same version and the same bits under this mask. */
    public boolean contains(IpAddress other) {
        return other.version() == version()
                && other.toBigInteger().shiftRight(hostBits()).equals(address.toBigInteger().shiftRight(hostBits()));
    }

    @Override
    public String toString() {
        return address + "/" + prefix;
    }
}
