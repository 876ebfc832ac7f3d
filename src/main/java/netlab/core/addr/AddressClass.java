package netlab.core.addr;

/**
 * The classes of IPv4 addresses (RFC 791 §3.2, RFC 1112 §4, RFC 1166), told by the leading bits
 * of the first octet. Classful addressing was replaced by CIDR (RFC 4632) in 1993, but the
 * classes are still how courses name address ranges.
 */
public enum AddressClass {
    A("0", 8, "0.0.0.0–127.255.255.255", "unicast: 8 network bits, 24 host bits (16,777,214 hosts per network)"),
    B("10", 16, "128.0.0.0–191.255.255.255", "unicast: 16 network bits, 16 host bits (65,534 hosts per network)"),
    C("110", 24, "192.0.0.0–223.255.255.255", "unicast: 24 network bits, 8 host bits (254 hosts per network)"),
    D("1110", -1, "224.0.0.0–239.255.255.255", "multicast: one address names a group of hosts; no network/host split"),
    E("1111", -1, "240.0.0.0–255.255.255.255", "reserved for future and experimental use");

    private final String leadingBits;
    private final int defaultPrefix;
    private final String range;
    private final String rule;

    AddressClass(String leadingBits, int defaultPrefix, String range, String rule) {
        this.leadingBits = leadingBits;
        this.defaultPrefix = defaultPrefix;
        this.range = range;
        this.rule = rule;
    }

    public static AddressClass of(Ipv4Address address) {
        int first = address.octet(0);
        if (first < 128) {
            return A;
        }
        if (first < 192) {
            return B;
        }
        if (first < 224) {
            return C;
        }
        return first < 240 ? D : E;
    }

    /** The bits every address of the class starts with: {@code 110} for C. */
    public String leadingBits() {
        return leadingBits;
    }

    /** The classful mask's prefix (8, 16, 24), or -1 for D and E, which have none. */
    public int defaultPrefix() {
        return defaultPrefix;
    }

    public String range() {
        return range;
    }

    /** What the class rules say, in one line. */
    public String rule() {
        return rule;
    }
}
