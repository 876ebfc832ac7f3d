package netlab.shell.commands.sockets;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import netlab.core.InvalidInputException;
import netlab.core.upload.UploadReply;
import netlab.net.NetFailure;
import netlab.net.upload.UploadReceiver;
import netlab.shell.Lab;
import netlab.shell.LabCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "receive", mixinStandardHelpOptions = true,
        description = {"Receive uploads (\"tcp upload FILE --server HOST:PORT\") into DIR until Ctrl-C.",
            "Each file is written to a temporary file and renamed only when its SHA-256 matches; names that",
            "would leave DIR are refused, and an existing file is replaced only with --force (and the sender's --force)."},
        footer = {"", "Examples:", "  tcp receive --dir inbox --port 9000", "  tcp receive --dir inbox --port 9000 --force --count 1"})
final class TcpReceiveCommand extends LabCommand {
    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "The folder to save into (it must exist).")
    Path dir;

    @Option(names = "--port", paramLabel = "P", description = "The TCP port (default 9000; 0 takes any free port).")
    String port = "9000";

    @Option(names = "--bind", paramLabel = "ADDR", description = "The address to bind (default 127.0.0.1).")
    String bind = "127.0.0.1";

    @Option(names = "--force", description = "Allow replacing an existing file when the sender asks with --force.")
    boolean force;

    @Option(names = "--max-size", paramLabel = "BYTES", description = "Refuse files larger than this (default 1 GiB = 1073741824).")
    long maxSize = 1L << 30;

    @Option(names = "--count", paramLabel = "N", description = "Stop after N uploads, saved or refused (default: until Ctrl-C).")
    int count;

    TcpReceiveCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() throws IOException, InterruptedException {
        InetSocketAddress bindTo = Ports.bindAddress(console(), bind, Ports.port(port, true));
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException("not a folder: " + InvalidInputException.quote(dir.toString())
                    + " (--dir takes an existing folder to save into)");
        }
        if (maxSize < 0 || count < 0) {
            throw new InvalidInputException("--max-size and --count take numbers >= 0");
        }
        Semaphore done = new Semaphore(0);
        UploadReceiver receiver = new UploadReceiver(lab.scope(), dir, force, maxSize, e -> {
            String who = NetFailure.name(e.peer());
            String line = switch (e.status()) {
                case SAVED -> "saved " + e.name() + " from " + who + ": " + TransferFigures.size(e.size()) + " in "
                        + TransferFigures.seconds(e.nanos()) + " (" + TransferFigures.rate(e.size(), e.nanos()) + "), SHA-256 "
                        + e.sha256() + " matches";
                default -> (e.status() == UploadReply.Status.FAILED ? "failed " : "refused ")
                        + (e.name() == null ? "" : e.name() + " ") + "from " + who + ": " + e.message();
            };
            synchronized (this) {
                println(line);
                console().flush();
            }
            done.release();
        });
        UploadReceiver.warmUp();
        InetSocketAddress address = receiver.start(bindTo);
        println("receiving uploads on " + NetFailure.name(address) + " into " + receiver.dir() + "; try \"tcp upload FILE --server "
                + NetFailure.name(address) + "\" in another terminal; Ctrl-C stops");
        console().flush();
        if (count > 0) {
            done.acquire(count);
            println("stopped after " + count + " upload(s)");
        } else {
            new Semaphore(0).acquire();
        }
        return 0;
    }
}
