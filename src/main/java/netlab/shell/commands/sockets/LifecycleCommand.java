package netlab.shell.commands.sockets;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import netlab.core.traffic.TrafficFrames;
import netlab.core.traffic.TrafficLog;
import netlab.core.wire.LinkType;
import netlab.core.wire.PcapFile;
import netlab.net.kernel.KernelTcpTable;
import netlab.net.tcp.ConnectionLifecycle;
import netlab.shell.Lab;
import netlab.shell.commands.DemoCommand;
import picocli.CommandLine.Option;

/**
 * The shared run of {@code tcp handshake} and {@code tcp close}: one connection step by step,
 * the kernel's states after each step and, where tcpdump may capture on {@code lo}, the real
 * segments of that connection decoded.
 */
abstract class LifecycleCommand extends DemoCommand {
    @Option(names = "--no-capture", description = "Do not try to capture the segments with tcpdump.")
    boolean noCapture;

    protected LifecycleCommand(Lab lab) {
        super(lab);
    }

    /** Runs the connection; {@code first} closes first. */
    protected ConnectionLifecycle.Result runLifecycle(ConnectionLifecycle.Side first, SegmentCapture capture)
            throws IOException {
        TrafficLog log = new TrafficLog();
        ConnectionLifecycle.Result result = new ConnectionLifecycle(lab.scope(), log)
                .run(first, noCapture ? null : capture::start);
        keep(log, captured(capture));
        return result;
    }

    /** The frames tcpdump saw, as they were on the wire; empty when nothing was captured. */
    private static List<TrafficFrames.Frame> captured(SegmentCapture capture) {
        if (!capture.started()) {
            return List.of();
        }
        try {
            PcapFile file = PcapFile.read(capture.pcap());
            if (file.linkType() != LinkType.ETHERNET) {
                return List.of();
            }
            return file.records().stream().map(r -> new TrafficFrames.Frame(r.timestamp(), r.data())).toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    protected void kernelNote() {
        if (!KernelTcpTable.available()) {
            println("(the kernel's socket table /proc/net/tcp is not readable here, so no states are shown;"
                    + " on Linux \"ss -tan\" shows the same)");
        }
    }

    protected static String pair(InetSocketAddress a, InetSocketAddress b) {
        return netlab.net.NetFailure.name(a) + " → " + netlab.net.NetFailure.name(b);
    }
}
