package netlab.core.wire;

/**
 * What each packet in a pcap file starts with (the tcpdump.org LINKTYPE_ registry): an Ethernet
 * II header, or the IPv4 header directly. Other link types survive reading as {@link #OTHER}.
 */
public enum LinkType {
    ETHERNET(1),
    /** LINKTYPE_RAW: raw IPv4 or IPv6, told apart by the version nibble. */
    RAW(101),
    /** LINKTYPE_IPV4: raw IPv4 only. */
    IPV4(228),
    OTHER(-1);

    private final int value;

    LinkType(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }

    public static LinkType of(int value) {
        for (LinkType type : values()) {
            if (type.value == value) {
                return type;
            }
        }
        return OTHER;
    }
}
