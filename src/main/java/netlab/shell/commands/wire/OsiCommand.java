package netlab.shell.commands.wire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import netlab.core.layers.OsiLayer;
import netlab.shell.JsonOption;
import netlab.shell.Lab;
import netlab.shell.LabCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "osi", mixinStandardHelpOptions = true,
        description = {"The seven OSI layers, the courier analogy, and the TCP/IP and five-layer models.",
            "With LAYER (1–7 or a name such as transport), that one layer in depth."},
        footer = {"", "Examples:", "  osi", "  osi 4", "  osi transport", "  osi data-link"})
public final class OsiCommand extends LabCommand {
    private static final int WIDTH = 100;

    @Parameters(arity = "0..1", paramLabel = "LAYER", description = "A layer: 1–7, or physical, data-link, network, "
            + "transport, session, presentation, application.")
    String layer;

    @Mixin
    JsonOption jsonOption = new JsonOption();

    OsiCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() {
        if (json(jsonOption)) {
            List<OsiLayer> layers = layer != null ? List.of(OsiLayer.find(layer)) : List.of(OsiLayer.values());
            console().printJson(layer != null ? json(layers.get(0)) : layers.stream().map(OsiCommand::json).toList());
            return 0;
        }
        if (layer != null) {
            oneLayer(OsiLayer.find(layer));
            return 0;
        }
        println(style().heading("The OSI reference model: seven layers (ISO/IEC 7498-1)"));
        wrap("", "Sending, data goes down from 7 to 1 and each layer wraps it in its own header; receiving, it goes "
                + "up from 1 to 7 and each layer takes its header off. The notes compare the layers to the staff of a "
                + "courier company.");
        println("");
        List<OsiLayer> topDown = new ArrayList<>(List.of(OsiLayer.values()));
        java.util.Collections.reverse(topDown);
        for (OsiLayer l : topDown) {
            println(style().bold(l.number() + " " + l.title()) + " - unit of data: " + l.unit());
            wrap("    job:      ", l.job());
            wrap("    examples: ", String.join(", ", l.protocols()) + "; devices: " + String.join(", ", l.devices()));
            wrap("    courier:  ", l.courier());
        }
        println("");
        mapping(topDown);
        println("");
        println("\"osi 4\" or \"osi transport\" shows one layer in depth; \"encapsulate hello --tcp\" shows the headers.");
        return 0;
    }

    /** One layer as JSON: number, name, job, unit, protocols, devices, courier, tcpIp, fiveLayer, header, leavesOpen, note (empty when none). */
    private static Map<String, Object> json(OsiLayer l) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("number", l.number());
        out.put("name", l.title());
        out.put("job", l.job());
        out.put("unit", l.unit());
        out.put("protocols", l.protocols());
        out.put("devices", l.devices());
        out.put("courier", l.courier());
        out.put("tcpIp", l.tcpIp());
        out.put("fiveLayer", l.fiveLayer());
        out.put("header", l.header());
        out.put("leavesOpen", l.leavesOpen());
        out.put("note", l.note());
        return out;
    }

    private void mapping(List<OsiLayer> topDown) {
        println(style().heading("The same jobs in three models"));
        String row = "  %-16s %-4s%-27s %s";
        println(String.format(row, "OSI (7)", "", "TCP/IP (4, RFC 1122)", "five-layer (seed 001)"));
        for (int i = 0; i < topDown.size(); i++) {
            OsiLayer l = topDown.get(i);
            int start = i;
            while (start > 0 && topDown.get(start - 1).tcpIp().equals(l.tcpIp())) {
                start--;
            }
            int end = i;
            while (end + 1 < topDown.size() && topDown.get(end + 1).tcpIp().equals(l.tcpIp())) {
                end++;
            }
            String bracket = start == end ? "" : i == start ? "\\" : i == end ? "/" : ">";
            boolean named = start == end || i == (start + end) / 2;
            println(String.format(row, l.number() + " " + l.title(), bracket, named ? l.tcpIp() : "", l.fiveLayer()).stripTrailing());
        }
    }

    private void oneLayer(OsiLayer l) {
        println(style().heading("Layer " + l.number() + " of 7: " + l.title()));
        wrap("Job:             ", l.job());
        wrap("Unit of data:    ", l.unit());
        wrap("Protocols:       ", String.join(", ", l.protocols()));
        wrap("Devices:         ", String.join(", ", l.devices()));
        wrap("Courier analogy: ", l.courier());
        wrap("TCP/IP model:    ", l.tcpIp() + " layer");
        wrap("Five layers:     ", l.fiveLayer() + " layer");
        wrap("What it adds:    ", l.header());
        if (!l.leavesOpen().isEmpty()) {
            wrap("Leaves open:     ", l.leavesOpen());
        }
        if (!l.note().isEmpty()) {
            wrap("Careful:         ", l.note());
        }
        OsiLayer[] all = OsiLayer.values();
        String below = l.number() > 1 ? (l.number() - 1) + " " + all[l.number() - 2].title() : "the wire";
        String above = l.number() < 7 ? (l.number() + 1) + " " + all[l.number()].title() : "the user's program";
        wrap("Neighbours:      ", "below it " + below + "; above it " + above + ".");
    }

    /** Prints {@code text} after {@code label}, wrapped at 100 columns with the continuation indented under the text. */
    private void wrap(String label, String text) {
        String indent = " ".repeat(label.length());
        StringBuilder line = new StringBuilder(label);
        boolean empty = true;
        for (String word : text.split(" ")) {
            if (!empty && line.length() + 1 + word.length() > WIDTH) {
                println(line.toString());
                line = new StringBuilder(indent);
                empty = true;
            }
            if (!empty) {
                line.append(' ');
            }
            line.append(word);
            empty = false;
        }
        println(line.toString().stripTrailing());
    }
}
