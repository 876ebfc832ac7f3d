package netlab.shell.commands.tftp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongConsumer;
import netlab.core.InvalidInputException;
import netlab.core.traffic.TrafficLog;
import netlab.net.tftp.SampleFiles;
import netlab.net.tftp.TftpClient;
import netlab.net.tftp.TransferFailedException;
import netlab.shell.CommandFailedException;
import netlab.shell.Lab;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "put", mixinStandardHelpOptions = true,
        description = {"Upload FILE with TFTP (WRQ, ACK 0, then DATA and ACK in turn) and show every packet.",
            "Without --server the lab starts its own writable server on 127.0.0.1 (uploads go to the lab's state"
                + " folder) and checks the copy it received. A sample name (hello.txt, 1024.bin, bytes.bin) works too."},
        footer = {"", "Examples:", "  tftp put hello.txt", "  tftp put notes.txt --as copy.txt --blksize 1024",
            "  tftp put notes.txt --server 127.0.0.1:6969"})
final class TftpPutCommand extends TransferCommand {
    @Parameters(paramLabel = "FILE", description = "The local file to send.")
    Path file;

    @Option(names = "--as", paramLabel = "NAME", description = "The name to store it under (default: FILE's name).")
    String as;

    TftpPutCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() throws IOException {
        checkFlags();
        Path local = local();
        String name = as != null ? as : local.getFileName().toString();
        TrafficLog log = new TrafficLog();
        InetSocketAddress to;
        Path uploads = null;
        if (ownServer()) {
            uploads = Files.createDirectories(lab.stateDir().resolve("cache").resolve("tftp-uploads"));
            to = ownServer(uploads, true, log).address();
        } else {
            to = serverAddress();
        }
        LongConsumer progress = progress(Files.size(local));
        TftpClient.Result r;
        try {
            r = client(log).put(request(to, name), local, progress);
        } catch (TransferFailedException e) {
            endProgress(progress);
            throw failed(e, log);
        }
        endProgress(progress);
        show(log, r.wire().sent() + r.wire().received());
        Map<String, Object> extra = new LinkedHashMap<>();
        String sha = Digests.sha256(local);
        extra.put("sha256", sha);
        String check = null;
        if (uploads != null && !name.contains("/") && Files.isRegularFile(uploads.resolve(name))) {
            boolean same = Digests.sha256(uploads.resolve(name)).equals(sha) || mode().name().equals("NETASCII");
            extra.put("serverCopyIdentical", same);
            check = same ? "the server's copy is identical (sha256 " + sha.substring(0, 16) + "…)"
                    : "the server's copy differs!";
        }
        summary("put", name, r, extra);
        if (!json() && check != null) {
            println(check);
        }
        return 0;
    }

    private Path local() {
        if (Files.isRegularFile(file)) {
            return file;
        }
        if (Files.isDirectory(file)) {
            throw new CommandFailedException(InvalidInputException.quote(file.toString()) + " is a folder; give a file");
        }
        String name = file.toString();
        if (ownServer() && SampleFiles.names().contains(name) && !name.equals(SampleFiles.BIG)) {
            try {
                return new SampleFiles(lab.stateDir().resolve("cache").resolve("tftp-samples")).prepare(name).resolve(name);
            } catch (IOException e) {
                throw new CommandFailedException("cannot write the sample files: " + e.getMessage(), e);
            }
        }
        throw new CommandFailedException("no such file: " + InvalidInputException.quote(name));
    }
}
