package netlab.core.addr;

/**
 * What an address is for, from the IANA special-purpose registries (RFC 6890): IPv4 ranges of
 * RFC 1122 (unspecified, loopback), RFC 1918 (private), RFC 3927 (link-local), RFC 6598 (shared),
 * RFC 5737 (documentation), RFC 2544 (benchmarking), RFC 5771 (multicast), RFC 919 and RFC 1112
 * (broadcast, reserved); IPv6 ranges of RFC 4291 (unspecified, loopback, IPv4-mapped,
 * link-local, multicast), RFC 3849 (documentation) and RFC 4193 (unique-local).
 */
public enum AddressType {
    UNSPECIFIED("unspecified", "\"this host\" / no address yet (0.0.0.0/8, ::; RFC 1122, RFC 4291)"),
    LOOPBACK("loopback", "this machine talking to itself; never leaves the host (127/8, ::1)"),
    PRIVATE("private", "for private networks (RFC 1918: 10/8, 172.16/12, 192.168/16); not routed on the Internet"),
    LINK_LOCAL("link-local", "valid only on one link, self-assigned (169.254/16, fe80::/10)"),
    SHARED("shared", "carrier-grade NAT space between an ISP and its customers (100.64/10, RFC 6598)"),
    DOCUMENTATION("documentation", "reserved for examples in books and manuals (RFC 5737, RFC 3849)"),
    BENCHMARKING("benchmarking", "for testing network equipment (198.18/15, RFC 2544)"),
    MULTICAST("multicast", "names a group of receivers, not one host (224/4, ff00::/8)"),
    BROADCAST("broadcast", "the limited broadcast: every host on this link (255.255.255.255)"),
    RESERVED("reserved", "reserved for future use (240/4, the old class E)"),
    PUBLIC("public", "an ordinary Internet address, globally routed"),
    IPV4_MAPPED("ipv4-mapped", "an IPv4 address seen through an IPv6 socket (::ffff:0:0/96)"),
    UNIQUE_LOCAL("unique-local", "IPv6 private addressing (fc00::/7, RFC 4193)"),
    GLOBAL_UNICAST("global-unicast", "an ordinary Internet address, globally routed");

    private final String label;
    private final String meaning;

    AddressType(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    /** One line saying what addresses of this type are for. */
    public String meaning() {
        return meaning;
    }

    /** The name used in output and JSON: {@code private}, {@code link-local}… */
    public String label() {
        return label;
    }

    public static AddressType of(IpAddress address) {
        return switch (address) {
            case Ipv4Address v4 -> of(v4);
            case Ipv6Address v6 -> of(v6);
        };
    }

    private static AddressType of(Ipv4Address address) {
        int a = address.value();
        if (in(a, 0x00000000, 8)) {
            return UNSPECIFIED;
        }
        if (in(a, 0x7f000000, 8)) {
            return LOOPBACK;
        }
        if (in(a, 0x0a000000, 8) || in(a, 0xac100000, 12) || in(a, 0xc0a80000, 16)) {
            return PRIVATE;
        }
        if (in(a, 0xa9fe0000, 16)) {
            return LINK_LOCAL;
        }
        if (in(a, 0x64400000, 10)) {
            return SHARED;
        }
        if (in(a, 0xc0000200, 24) || in(a, 0xc6336400, 24) || in(a, 0xcb007100, 24)) {
            return DOCUMENTATION;
        }
        if (in(a, 0xc6120000, 15)) {
            return BENCHMARKING;
        }
        if (in(a, 0xe0000000, 4)) {
            return MULTICAST;
        }
        if (a == -1) {
            return BROADCAST;
        }
        return in(a, 0xf0000000, 4) ? RESERVED : PUBLIC;
    }

    private static boolean in(int address, int network, int prefix) {
        return (address ^ network) >>> (32 - prefix) == 0;
    }

    private static AddressType of(Ipv6Address address) {
        long hi = address.high();
        long lo = address.low();
        if (hi == 0 && lo == 0) {
            return UNSPECIFIED;
        }
        if (hi == 0 && lo == 1) {
            return LOOPBACK;
        }
        if (address.ipv4Mapped()) {
            return IPV4_MAPPED;
        }
        if (hi >>> 32 == 0x20010db8L) {
            return DOCUMENTATION;
        }
        if (hi >>> 54 == 0xfe80L >>> 6) {
            return LINK_LOCAL;
        }
        if (hi >>> 57 == 0xfcL >>> 1) {
            return UNIQUE_LOCAL;
        }
        return hi >>> 56 == 0xffL ? MULTICAST : GLOBAL_UNICAST;
    }
}
