package netlab.core.ports;

/**
 * The three ranges of the 65,536 port numbers (RFC 6335 §6). Each of TCP and UDP has its own
 * 0–65535; port 0 is not usable as a service port (asking to bind 0 means "any free port").
 */
public enum PortRange {
    WELL_KNOWN("well-known", 0, 1023, "system services; binding one needs root (or CAP_NET_BIND_SERVICE) on Linux"),
    REGISTERED("registered", 1024, 49151, "assigned by IANA to applications on request; any user may bind them"),
    DYNAMIC("dynamic", 49152, 65535, "private and ephemeral: never assigned; RFC 6335 suggests them for client ports");

    private final String label;
    private final int first;
    private final int last;
    private final String meaning;

    PortRange(String label, int first, int last, String meaning) {
        this.label = label;
        this.first = first;
        this.last = last;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public int first() {
        return first;
    }

    public int last() {
        return last;
    }

    public String meaning() {
        return meaning;
    }

    /** The range {@code port} (0–65535) is in. */
    public static PortRange of(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("not a port number: " + port + " (0–65535)");
        }
        return port <= 1023 ? WELL_KNOWN : port <= 49151 ? REGISTERED : DYNAMIC;
    }
}
