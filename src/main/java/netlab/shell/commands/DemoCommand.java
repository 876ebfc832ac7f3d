package netlab.shell.commands;

import netlab.core.traffic.CaptureStore;
import netlab.core.traffic.TrafficLog;
import netlab.shell.Lab;
import netlab.shell.LabCommand;
import netlab.shell.render.TrafficView;
import picocli.CommandLine.Option;

/**
 * A command that runs a socket demo and shows its traffic: the ladder diagram and the hex dump of
 * every payload ({@code --full} for long ones). The traffic is also handed to {@code capture} when
 * capturing is on. TFTP, HTTP and the other demos extend this too.
 */
public abstract class DemoCommand extends LabCommand {
    @Option(names = "--full", description = "Dump every byte of long payloads (they are cut at " + TrafficView.CUT + " bytes).")
    protected boolean full;

    protected DemoCommand(Lab lab) {
        super(lab);
    }

    /** Prints the ladder and the dumps; TCP reads are dumped too when {@code showReads}. */
    protected void showTraffic(TrafficLog log, boolean showReads) {
        console().out().print(new TrafficView(style(), console().width()).render(log, full, showReads));
        keep(log);
    }

    /** Hands the log to {@code capture} (when it is on), named by this command line. */
    protected void keep(TrafficLog log) {
        keep(log, java.util.List.of());
    }

    /** Hands the log to {@code capture} with the frames a real packet capture saw of it. */
    protected void keep(TrafficLog log, java.util.List<netlab.core.traffic.TrafficFrames.Frame> captured) {
        CaptureStore store = lab.service(CaptureStore.class, CaptureStore::new);
        store.offer(spec.qualifiedName(), log, captured);
    }
}
