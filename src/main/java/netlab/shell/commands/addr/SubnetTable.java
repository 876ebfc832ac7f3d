package netlab.shell.commands.addr;

import netlab.core.addr.Cidr;
import netlab.core.addr.SubnetFacts;
import netlab.shell.Style;

/** The rows of {@code subnet split}: one subnet per line, columns aligned for IPv4 and IPv6. */
final class SubnetTable {
    private final Style style;
    private final boolean requested;
    private final int version;

    SubnetTable(Style style, int version, boolean requested) {
        this.style = style;
        this.version = version;
        this.requested = requested;
    }

    String header() {
        if (version == 6) {
            return style.bold(String.format("  %5s  %-24s %-40s %s", "#", "Network", "First address", "Last address"));
        }
        return style.bold(String.format("  %5s  %-20s %-16s %-16s %-16s %s%s", "#", "Network", "First host", "Last host",
                "Broadcast", "Hosts", requested ? "  Requested" : ""));
    }

    String row(Object index, Cidr block, Long request) {
        SubnetFacts f = SubnetFacts.of(block);
        if (version == 6) {
            return String.format("  %5s  %-24s %-40s %s", index, block, f.firstHost(), f.lastHost());
        }
        String line = String.format("  %5s  %-20s %-16s %-16s %-16s %s", index, block, f.firstHost(), f.lastHost(),
                f.broadcast() == null ? "-" : f.broadcast(), f.hosts());
        return request == null ? line : line + " ".repeat(Math.max(2, 7 - f.hosts().toString().length())) + request;
    }
}
