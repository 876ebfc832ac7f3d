package netlab.core.addr;

import java.math.BigInteger;

/**
 * Everything a subnet calculator says about an address and its prefix. For IPv4, a block of
 * prefix ≤ 30 has 2^(32−p) − 2 hosts between its network and broadcast addresses; a /31 is a
 * point-to-point link of two hosts and no broadcast (RFC 3021); a /32 is one host. IPv6 (RFC 4291)
 * has no broadcast: every address of the block is counted, first to last.
 *
 * @param address      the address as typed (canonical form)
 * @param prefix       network bits
 * @param netmask      the mask as an address
 * @param wildcard     the inverted mask (IPv4 only; null for IPv6)
 * @param network      the block's first address
 * @param broadcast    the block's last address when it is a broadcast address (IPv4 prefix ≤ 30), else null
 * @param firstHost    the first usable host
 * @param lastHost     the last usable host
 * @param addresses    2^(bits − prefix)
 * @param hosts        usable hosts
 * @param addressClass the class of an IPv4 address, null for IPv6
 * @param type         what the address is for
 */
public record SubnetFacts(IpAddress address, int prefix, IpAddress netmask, IpAddress wildcard, IpAddress network,
                          IpAddress broadcast, IpAddress firstHost, IpAddress lastHost, BigInteger addresses,
                          BigInteger hosts, AddressClass addressClass, AddressType type) {
    private static final BigInteger TWO = BigInteger.TWO;

    public static SubnetFacts of(Cidr cidr) {
        IpAddress address = cidr.address();
        int version = cidr.version();
        BigInteger size = cidr.size();
        IpAddress network = cidr.network();
        IpAddress last = cidr.last();
        AddressType type = AddressType.of(address);
        if (version == 6) {
            return new SubnetFacts(address, cidr.prefix(), cidr.mask(), null, network, null, network, last, size, size,
                    null, type);
        }
        int n = ((Ipv4Address) network).value();
        int b = ((Ipv4Address) last).value();
        IpAddress wildcard = new Ipv4Address(b ^ n);
        AddressClass addressClass = AddressClass.of((Ipv4Address) address);
        if (cidr.prefix() >= 31) {
            return new SubnetFacts(address, cidr.prefix(), cidr.mask(), wildcard, network, null, network, last, size, size,
                    addressClass, type);
        }
        return new SubnetFacts(address, cidr.prefix(), cidr.mask(), wildcard, network, last,
                new Ipv4Address(n + 1), new Ipv4Address(b - 1),
                size, size.subtract(TWO), addressClass, type);
    }

    public int version() {
        return address.version();
    }
}
