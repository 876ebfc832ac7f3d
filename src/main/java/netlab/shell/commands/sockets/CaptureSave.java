package netlab.shell.commands.sockets;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import netlab.core.InvalidInputException;
import netlab.core.traffic.CaptureStore;
import netlab.core.traffic.TrafficFrames;
import netlab.core.wire.LinkType;
import netlab.core.wire.PcapWriter;
import netlab.shell.CommandFailedException;
import netlab.shell.Lab;
import netlab.shell.LabCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "save", mixinStandardHelpOptions = true,
        description = {"Write the kept traffic as a pcap file for Wireshark or tshark.",
            "The payloads and addresses are the real ones; the Ethernet, IPv4 and TCP headers around them are",
            "rebuilt (a program sees only its payloads), with correct lengths and checksums."},
        footer = {"", "Examples:", "  capture save echo.pcap", "  capture save echo.pcap --force     (overwrite)",
            "  then: tshark -r echo.pcap"})
final class CaptureSave extends LabCommand {
    @Parameters(paramLabel = "FILE.pcap", description = "The file to write.")
    Path file;

    @Option(names = "--force", description = "Overwrite FILE if it exists.")
    boolean force;

    CaptureSave(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() throws IOException {
        CaptureStore store = CaptureSubcommands.store(lab);
        if (store.kept().isEmpty()) {
            throw new CommandFailedException("nothing to save: run \"capture on\", then a demo (e.g. \"udp echo hi\")");
        }
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(InvalidInputException.quote(file.toString()) + " is a folder; give a file name");
        }
        if (Files.exists(file) && !force) {
            throw new CommandFailedException(InvalidInputException.quote(file.toString())
                    + " already exists (add --force to overwrite it)");
        }
        int frames = 0;
        int skipped = 0;
        int real = 0;
        Path partial = Files.createTempFile(file.toAbsolutePath().getParent(), ".netlab-", ".pcap");
        try {
            try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.TRUNCATE_EXISTING);
                 PcapWriter writer = new PcapWriter(out, LinkType.ETHERNET)) {
                for (CaptureStore.Kept kept : store.kept()) {
                    TrafficFrames.Result result = kept.captured().isEmpty()
                            ? TrafficFrames.of(kept.log(), kept.start()) : new TrafficFrames.Result(kept.captured(), 0);
                    real += kept.captured().isEmpty() ? 0 : 1;
                    for (TrafficFrames.Frame frame : result.frames()) {
                        writer.write(frame.time(), frame.bytes());
                        frames++;
                    }
                    skipped += result.skipped();
                }
            }
            Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
        int rebuilt = store.kept().size() - real;
        println("wrote " + frames + " frames from " + store.kept().size() + " demo(s) to " + file
                + (rebuilt == 0 ? " (all captured on the wire by tcpdump)"
                : " (headers rebuilt from the recorded endpoints and payloads: the payloads are real, the Ethernet,"
                + " IPv4 and TCP sequence numbers are made up consistently"
                + (real > 0 ? "; " + real + " demo(s) captured on the wire by tcpdump, saved as captured" : "") + ")"));
        if (skipped > 0) {
            println(skipped + " IPv6 exchange(s) were left out: the rebuilt frames are IPv4 only");
        }
        return 0;
    }
}
