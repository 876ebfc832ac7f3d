package netlab.shell.commands.sockets;

import netlab.core.traffic.Action;
import netlab.core.traffic.CaptureStore;
import netlab.core.traffic.Exchange;
import netlab.shell.Lab;
import netlab.shell.LabCommand;
import netlab.shell.render.LadderDiagram;
import picocli.CommandLine.Command;

/** {@code capture on}, {@code off} and {@code show}: the session's store of demo traffic. */
final class CaptureSubcommands {
    private CaptureSubcommands() {
    }

    static CaptureStore store(Lab lab) {
        return lab.service(CaptureStore.class, CaptureStore::new);
    }

    @Command(name = "on", mixinStandardHelpOptions = true,
            description = "Start keeping the traffic of every demo you run (udp, tcp, tftp…).",
            footer = {"", "Example:", "  capture on"})
    static final class On extends LabCommand {
        On(Lab lab) {
            super(lab);
        }

        @Override
        protected int execute() {
            CaptureStore store = store(lab);
            store.on();
            println("capture is on: the traffic of the demos you run now is kept (" + store.kept().size()
                    + " kept so far); \"capture show\" lists it, \"capture save FILE.pcap\" writes it");
            return 0;
        }
    }

    @Command(name = "off", mixinStandardHelpOptions = true,
            description = "Stop keeping traffic (what was kept stays until the session ends).",
            footer = {"", "Example:", "  capture off"})
    static final class Off extends LabCommand {
        Off(Lab lab) {
            super(lab);
        }

        @Override
        protected int execute() {
            CaptureStore store = store(lab);
            store.off();
            println("capture is off (" + store.kept().size() + " demo(s) kept)");
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "List the kept demos and every datagram or write they made.",
            footer = {"", "Example:", "  capture show"})
    static final class Show extends LabCommand {
        Show(Lab lab) {
            super(lab);
        }

        @Override
        protected int execute() {
            CaptureStore store = store(lab);
            if (store.kept().isEmpty()) {
                println("nothing kept" + (store.isOn() ? " yet: run a demo, e.g. \"udp echo hi\""
                        : ": \"capture on\" first, then run a demo"));
                return 0;
            }
            int n = 0;
            for (CaptureStore.Kept kept : store.kept()) {
                println(style().bold("[" + ++n + "] " + kept.command()));
                for (Exchange e : kept.log().exchanges()) {
                    if (e.action() == Action.NOTE) {
                        continue;
                    }
                    println("  " + e.transport() + " " + name(e.from()) + " → " + name(e.to()) + "  "
                            + LadderDiagram.describe(e));
                }
            }
            if (store.dropped() > 0) {
                println(store.dropped() + " older demo(s) were dropped to keep memory bounded");
            }
            return 0;
        }

        private static String name(java.net.InetSocketAddress a) {
            return netlab.net.NetFailure.name(a);
        }
    }
}
