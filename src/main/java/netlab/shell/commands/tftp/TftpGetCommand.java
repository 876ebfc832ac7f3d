package netlab.shell.commands.tftp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.LongConsumer;
import netlab.core.traffic.TrafficLog;
import netlab.net.tftp.SampleFiles;
import netlab.net.tftp.TftpClient;
import netlab.net.tftp.TransferFailedException;
import netlab.shell.Lab;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "get", mixinStandardHelpOptions = true,
        description = {"Download FILE with TFTP (RRQ, then DATA and ACK in turn) and show every packet.",
            "Without --server the lab starts its own server on 127.0.0.1 with sample files: hello.txt, 1024.bin"
                + " (exactly two blocks: an empty DATA #3 ends it), bytes.bin (every byte value), big.bin (40 MiB:"
                + " block numbers roll over past 65535).",
            "A server error (1 file not found, 2 access violation…) is printed with its code and the command fails."},
        footer = {"", "Examples:", "  tftp get hello.txt", "  tftp get 1024.bin --tsize --blksize 512",
            "  tftp get hello.txt --loss 0.3 --seed 4      (lost packets, timeouts, retransmissions)",
            "  tftp get big.bin --blksize 1468 --windowsize 16",
            "  tftp get notes.txt --server 127.0.0.1:6969 -o notes.txt"})
final class TftpGetCommand extends TransferCommand {
    @Parameters(paramLabel = "FILE", description = "The name to ask the server for.")
    String file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Where to save it (default: the downloads folder in the lab's state folder).")
    Path output;

    TftpGetCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() throws IOException {
        checkFlags();
        TrafficLog log = new TrafficLog();
        InetSocketAddress to;
        long size = 0;
        if (ownServer()) {
            SampleFiles samples = new SampleFiles(lab.stateDir().resolve("cache").resolve("tftp-samples"));
            if (file.equals(SampleFiles.BIG) && !Files.exists(samples.dir().resolve(SampleFiles.BIG)) && !json()) {
                println("generating " + SampleFiles.BIG + " (" + bytes(SampleFiles.BIG_SIZE) + ") in " + samples.dir()
                        + " …");
            }
            samples.prepare(file);
            Path sample = samples.dir().resolve(file);
            size = Files.isRegularFile(sample) ? Files.size(sample) : 0;
            to = ownServer(samples.dir(), false, log).address();
        } else {
            to = serverAddress();
        }
        Path out = output(file);
        LongConsumer progress = progress(size);
        TftpClient.Result r;
        try {
            r = client(log).get(request(to, file), out, progress);
        } catch (TransferFailedException e) {
            endProgress(progress);
            throw failed(e, log);
        }
        endProgress(progress);
        show(log, r.wire().sent() + r.wire().received());
        String sha = Digests.sha256(out);
        summary("got", file, r, Map.of("saved", out.toString(), "sha256", sha));
        if (!json()) {
            println("saved to " + out + " (sha256 " + sha.substring(0, 16) + "…)");
        }
        return 0;
    }

    private Path output(String name) throws IOException {
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (base.isEmpty() || base.equals(".") || base.equals("..")) {
            base = "download";
        }
        Path out = output != null ? output : lab.stateDir().resolve("downloads").resolve(base);
        if (Files.isDirectory(out)) {
            out = out.resolve(base);
        }
        Path parent = out.toAbsolutePath().getParent();
        if (!Files.isDirectory(parent)) {
            if (output != null) {
                throw new netlab.shell.CommandFailedException("no such folder: " + parent + " (for -o " + output + ")");
            }
            Files.createDirectories(parent);
        }
        return out;
    }
}
