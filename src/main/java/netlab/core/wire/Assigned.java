package netlab.core.wire;

/**
 * The numbers IANA assigns that say what a header carries next: EtherTypes (IEEE 802 Numbers)
 * and IP protocol numbers (RFC 791 "Protocol", IANA Protocol Numbers).
 */
public final class Assigned {
    public static final int ETHERTYPE_IPV4 = 0x0800;
    public static final int ETHERTYPE_ARP = 0x0806;
    public static final int ETHERTYPE_IPV6 = 0x86dd;
    public static final int PROTOCOL_ICMP = 1;
    public static final int PROTOCOL_TCP = 6;
    public static final int PROTOCOL_UDP = 17;

    private Assigned() {
    }

    public static String etherType(int value) {
        return switch (value) {
            case ETHERTYPE_IPV4 -> "IPv4";
            case ETHERTYPE_ARP -> "ARP";
            case ETHERTYPE_IPV6 -> "IPv6";
            case 0x8100 -> "802.1Q VLAN tag";
            default -> value < 0x0600 ? "an 802.3 length, not an EtherType" : "unknown";
        };
    }

    public static String ipProtocol(int value) {
        return switch (value) {
            case PROTOCOL_ICMP -> "ICMP";
            case 2 -> "IGMP";
            case PROTOCOL_TCP -> "TCP";
            case PROTOCOL_UDP -> "UDP";
            case 41 -> "IPv6 in IPv4";
            case 58 -> "ICMPv6";
            default -> "unknown";
        };
    }

    /** A few well-known ports (IANA Service Name and Transport Protocol Port Number Registry). */
    public static String port(int port) {
        return switch (port) {
            case 7 -> "echo";
            case 20, 21 -> "ftp";
            case 22 -> "ssh";
            case 25 -> "smtp";
            case 53 -> "domain";
            case 67, 68 -> "dhcp";
            case 69 -> "tftp";
            case 80 -> "http";
            case 123 -> "ntp";
            case 443 -> "https";
            default -> port >= 49152 ? "dynamic" : port < 1024 ? "well-known" : "registered";
        };
    }

    static String hex16(int value) {
        return String.format("0x%04x", value & 0xffff);
    }
}
