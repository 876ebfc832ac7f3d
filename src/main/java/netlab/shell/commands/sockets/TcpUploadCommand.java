package netlab.shell.commands.sockets;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongConsumer;
import netlab.core.InvalidInputException;
import netlab.core.upload.UploadHeader;
import netlab.core.upload.UploadName;
import netlab.core.upload.UploadReply;
import netlab.net.Loopback;
import netlab.net.NetFailure;
import netlab.net.upload.UploadReceiver;
import netlab.net.upload.UploadSender;
import netlab.shell.CommandFailedException;
import netlab.shell.JsonOption;
import netlab.shell.Lab;
import netlab.shell.LabCommand;
import netlab.shell.render.HexRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "upload", mixinStandardHelpOptions = true,
        description = {"Upload FILE over TCP with a small framed protocol: a head (magic, name, size), the bytes,",
            "then the SHA-256; the receiver saves it only when its own SHA-256 matches.",
            "Without --server the lab runs its own receiver on 127.0.0.1, in a temporary folder it deletes afterwards."},
        footer = {"", "Examples:", "  tcp upload notes.txt", "  tcp upload --text \"hello, upload\"", "  tcp upload big.iso --server 127.0.0.1:9000   (\"tcp receive --dir DIR --port 9000\" elsewhere)",
            "  tcp upload report.pdf --server 127.0.0.1:9000 --as final.pdf --force"})
final class TcpUploadCommand extends LabCommand {
    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The file to send.")
    Path file;

    @Option(names = "--text", paramLabel = "TEXT", description = "Send TEXT (UTF-8) as a small file instead of FILE (named by --as, default message.txt).")
    String text;

    @Option(names = "--server", paramLabel = "HOST:PORT", description = "A receiver (\"tcp receive\"); default: the lab's own on loopback.")
    String server;

    @Option(names = "--as", paramLabel = "NAME", description = "The name to save it under (default: FILE's name).")
    String as;

    @Option(names = "--force", description = "Ask the receiver to replace an existing file (it must allow it too).")
    boolean force;

    @Mixin
    JsonOption jsonOption = new JsonOption();

    TcpUploadCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() throws IOException {
        if ((file == null) == (text == null)) {
            throw new netlab.shell.UsageException("give a FILE or --text TEXT (e.g. tcp upload notes.txt, or tcp upload --text hello)");
        }
        if (text != null) {
            Path scratch = Files.createTempDirectory("netlab-upload-");
            lab.scope().add(() -> deleteTree(scratch));
            file = Files.writeString(scratch.resolve(as != null ? UploadName.check(as) : "message.txt"), text);
        }
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("no such file: " + InvalidInputException.quote(file.toString())
                    + (Files.isDirectory(file) ? " is a folder (send one file)" : " (give the path of a file to send)"));
        }
        String name = UploadName.check(as != null ? as : file.getFileName().toString());
        boolean json = json(jsonOption);
        InetSocketAddress target;
        String where;
        if (server == null) {
            Path dir = Files.createTempDirectory("netlab-upload-");
            lab.scope().add(() -> deleteTree(dir));
            UploadReceiver receiver = new UploadReceiver(lab.scope(), dir, false, Long.MAX_VALUE, e -> { });
            target = receiver.start(Loopback.v4(0));
            where = "the lab's own receiver on " + NetFailure.name(target) + ", saving into a temporary folder (deleted afterwards)";
        } else {
            target = Ports.target(server);
            where = "the receiver on " + NetFailure.name(target);
        }
        long size = Files.size(file);
        UploadHeader header = new UploadHeader(name, size, force);
        if (!json) {
            println("uploading " + (text != null ? "the text" : file.toString()) + " as \"" + name + "\", " + TransferFigures.size(size) + ", to " + where);
            println(style().bold("head, " + header.bytes().length + " bytes:"));
            HexRenderer hex = new HexRenderer(style());
            console().out().print(hex.dump(header.bytes(), header.spans()));
            console().out().print(hex.legend(header.spans()));
            console().flush();
        }
        boolean bar = !json && size >= (1 << 20) && (console().interactive() || TransferFigures.stdoutIsTerminal());
        LongConsumer progress = bar ? new Progress(size) : n -> { };
        if (size >= 32L << 20) {
            UploadReceiver.warmUp();
        }
        UploadSender.Result result = new UploadSender(lab.scope()).send(target, file, name, force, progress);
        if (bar) {
            console().out().print("\r" + " ".repeat(60) + "\r");
        }
        UploadReply verdict = result.verdict();
        boolean saved = verdict.status() == UploadReply.Status.SAVED;
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("name", name);
            out.put("size", size);
            out.put("sha256", result.sha256());
            out.put("status", verdict.status().name().toLowerCase(java.util.Locale.ROOT));
            out.put("message", verdict.message());
            out.put("seconds", result.nanos() / 1e9);
            out.put("megabytesPerSecond", TransferFigures.megabytesPerSecond(size, result.nanos()));
            console().printJson(out);
            return saved ? 0 : 1;
        }
        if (!saved) {
            throw new CommandFailedException("the receiver refused: " + verdict.message());
        }
        println("sent " + TransferFigures.size(size) + " in " + TransferFigures.seconds(result.nanos())
                + (size >= 1 << 16 ? " (" + TransferFigures.rate(size, result.nanos()) + ")" : "")
                + ", from " + NetFailure.name(result.local()));
        println("SHA-256 " + result.sha256() + " (sent after the bytes)");
        println("receiver: " + verdict.message() + " — the checksums match");
        return 0;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Redraws the bar at most every 1% so a terminal is not flooded. */
    private final class Progress implements LongConsumer {
        private final long total;
        private long shown = -1;

        Progress(long total) {
            this.total = total;
        }

        @Override
        public void accept(long done) {
            long percent = done * 100 / Math.max(1, total);
            if (percent != shown) {
                shown = percent;
                console().out().print("\r" + TransferFigures.bar(done, total));
                console().out().flush();
            }
        }
    }
}
