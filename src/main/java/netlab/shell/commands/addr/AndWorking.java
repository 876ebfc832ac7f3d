package netlab.shell.commands.addr;

import netlab.core.addr.Cidr;
import netlab.core.addr.IpAddress;
import netlab.shell.Style;
import netlab.shell.render.AddressBits;

/** Lines of the AND working: a value, then its bits split into network | host. */
final class AndWorking {
    private final AddressBits bits;
    private final Style style;

    AndWorking(Style style) {
        this.bits = new AddressBits(style);
        this.style = style;
    }

    String line(String label, IpAddress address, int prefix) {
        StringBuilder sb = new StringBuilder();
        int groups = address.version() == 4 ? 8 : 4;
        String pad = "  " + label + " ".repeat(Math.max(1, 24 - label.length()));
        String blank = " ".repeat(pad.length());
        for (String part : bits.lines(address, prefix, groups)) {
            sb.append(sb.length() == 0 ? pad : "\n" + blank).append(part);
        }
        return sb.toString();
    }

    String mask(Cidr cidr) {
        return line("mask /" + cidr.prefix(), cidr.mask(), cidr.prefix());
    }

    String verdict(boolean yes, String text) {
        return (yes ? style.ok("yes") : style.warn("no")) + ": " + text;
    }
}
