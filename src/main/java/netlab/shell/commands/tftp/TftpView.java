package netlab.shell.commands.tftp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import netlab.core.bytes.Annotation;
import netlab.core.bytes.FieldSpan;
import netlab.core.tftp.TftpAnnotator;
import netlab.core.traffic.Action;
import netlab.core.traffic.Exchange;
import netlab.core.traffic.TrafficLog;
import netlab.shell.Style;
import netlab.shell.render.HexRenderer;
import netlab.shell.render.LadderDiagram;

/**
 * A TFTP transfer as the lab shows it: the ladder of the first packets, then each packet's bytes
 * with every field named. DATA payloads are cut after {@link #DATA_SHOWN} bytes unless full.
 */
final class TftpView {
    /** Packets drawn at most; a longer transfer shows its first ones and a count. */
    static final int DRAWN = 40;
    /** Payload bytes of a DATA packet dumped before it is cut. */
    static final int DATA_SHOWN = 32;

    private final Style style;
    private final int width;

    TftpView(Style style, int width) {
        this.style = style;
        this.width = width;
    }

    /** The first {@link #DRAWN} packets of {@code log}, ladder then dumps. */
    String render(TrafficLog log, boolean full) {
        List<Exchange> packets = log.exchanges().stream()
                .filter(e -> e.action() == Action.SEND || e.action() == Action.DROP).toList();
        TrafficLog shown = new TrafficLog();
        for (Map.Entry<java.net.InetSocketAddress, String> role : log.roles().entrySet()) {
            shown.role(role.getKey(), role.getValue());
        }
        List<Exchange> drawn = new ArrayList<>();
        for (Exchange e : packets.subList(0, Math.min(DRAWN, packets.size()))) {
            drawn.add(shown.record(e.transport(), e.action(), e.from(), e.to(), e.payload(), e.label()));
        }
        StringBuilder sb = new StringBuilder(new LadderDiagram(style, width).render(shown));
        if (packets.size() > DRAWN) {
            sb.append(style.dim("… " + (packets.size() - DRAWN) + " more packets recorded, not drawn")).append('\n');
        }
        for (Exchange e : drawn) {
            sb.append('\n').append(style.bold(heading(e))).append('\n').append(packet(e.payload(), full));
        }
        return sb.toString();
    }

    private static String heading(Exchange e) {
        String verb = e.action() == Action.DROP ? " lost on the way to " : " → ";
        return "#" + e.sequence() + " " + netlab.net.NetFailure.name(e.from()) + verb + netlab.net.NetFailure.name(e.to()) + ", "
                + e.size() + " bytes: " + e.label();
    }

    /** One packet's annotated dump and legend; a long DATA payload is cut unless {@code full}. */
    String packet(byte[] bytes, boolean full) {
        Annotation a = TftpAnnotator.INSTANCE.annotate(bytes);
        HexRenderer renderer = new HexRenderer(style);
        boolean cut = !full && bytes.length > 4 + DATA_SHOWN && bytes[0] == 0 && bytes[1] == 3;
        byte[] shown = cut ? Arrays.copyOf(bytes, 4 + DATA_SHOWN) : bytes;
        List<FieldSpan> spans = !cut ? a.spans() : a.spans().stream().map(s -> s.end() <= shown.length ? s
                : new FieldSpan(s.offset(), shown.length - s.offset(), s.name(), s.value() + ", first " + DATA_SHOWN
                + " shown")).toList();
        StringBuilder sb = new StringBuilder(renderer.dump(shown, spans));
        if (cut) {
            sb.append(style.dim("… " + (bytes.length - shown.length) + " more bytes (--full shows all " + bytes.length
                    + ")")).append('\n');
        }
        sb.append(renderer.legend(spans));
        for (String problem : a.problems()) {
            sb.append(style.error("problem: ")).append(problem).append('\n');
        }
        return sb.toString();
    }
}
