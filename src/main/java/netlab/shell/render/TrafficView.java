package netlab.shell.render;

import java.util.Arrays;
import netlab.core.bytes.HexDump;
import netlab.core.traffic.Action;
import netlab.core.traffic.Exchange;
import netlab.core.traffic.TrafficLog;
import netlab.core.traffic.Transport;
import netlab.shell.Style;

/**
 * The standard view of a demo's traffic: the ladder diagram, then the hex dump of every payload
 * that was sent (and, for TCP, what each read returned), long payloads cut unless {@code full}.
 */
public final class TrafficView {
    /** Payload bytes shown before a dump is cut. */
    public static final int CUT = 256;

    private final Style style;
    private final int width;

    public TrafficView(Style style, int width) {
        this.style = style;
        this.width = width;
    }

    public String render(TrafficLog log, boolean full, boolean showReads) {
        StringBuilder sb = new StringBuilder(new LadderDiagram(style, width).render(log));
        for (Exchange e : log.exchanges()) {
            boolean shown = e.action() == Action.SEND || e.action() == Action.DROP
                    || (showReads && e.action() == Action.RECEIVE && e.transport() == Transport.TCP);
            if (shown && e.size() > 0) {
                sb.append('\n').append(heading(e)).append('\n').append(dump(e.payload(), full));
            }
        }
        return sb.toString();
    }

    /** The hex dump of one payload, cut at {@link #CUT} bytes unless {@code full}. */
    public String dump(byte[] payload, boolean full) {
        if (full || payload.length <= CUT) {
            return HexDump.of(payload);
        }
        return HexDump.of(Arrays.copyOf(payload, CUT))
                + style.dim("… " + (payload.length - CUT) + " more bytes (--full shows all " + payload.length + ")") + "\n";
    }

    private String heading(Exchange e) {
        String verb = switch (e.action()) {
            case RECEIVE -> "read by";
            case DROP -> "lost on the way to";
            default -> "→";
        };
        String from = e.from() == null ? "?" : LadderDiagram.name(e.from());
        String to = e.to() == null ? "?" : LadderDiagram.name(e.to());
        String text = e.action() == Action.RECEIVE
                ? "#" + e.sequence() + " " + e.transport() + " " + verb + " " + to + ", " + e.size() + " bytes"
                : "#" + e.sequence() + " " + e.transport() + " " + from + " " + verb + " " + to + ", " + e.size() + " bytes";
        return style.bold(text);
    }
}
