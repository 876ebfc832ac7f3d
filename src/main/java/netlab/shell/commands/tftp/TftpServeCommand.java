package netlab.shell.commands.tftp;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import netlab.core.InvalidInputException;
import netlab.core.traffic.Action;
import netlab.core.traffic.TrafficLog;
import netlab.net.NetFailure;
import netlab.net.tftp.Faults;
import netlab.net.tftp.SampleFiles;
import netlab.net.tftp.ServerConfig;
import netlab.net.tftp.TftpServer;
import netlab.shell.Lab;
import netlab.shell.LabCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run a real TFTP server until Ctrl-C: curl, tftp and atftp can use it.",
            "Loopback and read-only by default; each transfer gets a new port (its transfer ID). Names are kept inside"
                + " the root: .., absolute paths, backslashes, symlinks out, devices get error 2.",
            "Without --root it serves the lab's sample files (hello.txt, 1024.bin, bytes.bin)."},
        footer = {"", "Examples:", "  tftp serve", "  tftp serve --root ~/share --port 6969 --trace",
            "  tftp serve --root /tmp/in --allow-write --create",
            "  then: curl -o hello.txt tftp://127.0.0.1:6969/hello.txt   or   atftp -g -r hello.txt 127.0.0.1 6969"})
final class TftpServeCommand extends LabCommand {
    @Option(names = "--root", paramLabel = "DIR", description = "The folder to serve (default: the lab's sample files).")
    Path root;

    @Option(names = "--port", paramLabel = "P", description = "The UDP port for requests (default 6969; 69 needs root;"
            + " 0 takes any free port).")
    int port = 6969;

    @Option(names = "--bind", paramLabel = "ADDR", description = "The address to listen on (default 127.0.0.1).")
    String bind = "127.0.0.1";

    @Option(names = "--allow-write", description = "Accept uploads (WRQ). Without it the server is read-only.")
    boolean allowWrite;

    @Option(names = "--create", description = "Let an upload replace an existing file (default: error 6).")
    boolean create;

    @Option(names = "--loss", paramLabel = "P", description = "Drop each packet the server sends with probability P"
            + " (0-0.9).")
    double loss;

    @Option(names = "--seed", paramLabel = "S", description = "Seed for --loss (default 1).")
    long seed = 1;

    @Option(names = "--trace", description = "Print every packet (the first 200 of each transfer).")
    boolean trace;

    TftpServeCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() throws IOException {
        if (port < 0 || port > 65535) {
            throw new InvalidInputException("not a port: " + port + " (0-65535; 0 takes any free port)");
        }
        if (loss < 0 || loss > 0.9) {
            throw new InvalidInputException("--loss " + loss + " is out of range (0-0.9: the chance a packet is lost)");
        }
        InetAddress address = address();
        if (!address.isLoopbackAddress()) {
            console().warn("binding " + bind + " makes this TFTP server reachable from other machines (TFTP has no"
                    + " passwords); the lab binds 127.0.0.1 by default");
        }
        Path folder = root;
        if (folder == null) {
            folder = new SampleFiles(lab.stateDir().resolve("cache").resolve("tftp-samples")).prepare("").toAbsolutePath();
        }
        TrafficLog log = trace ? new TrafficLog() : null;
        ServerConfig config = ServerConfig.of(folder, new InetSocketAddress(address, port)).writable(allowWrite, create)
                .withFaults(new Faults(loss, 0, seed));
        TftpServer server = lab.scope().add(new TftpServer(config, this::event, log));
        if (log != null) {
            log.listen(e -> {
                if (e.action() == Action.SEND || e.action() == Action.DROP) {
                    event((e.action() == Action.DROP ? "lost " : "") + NetFailure.name(e.from()) + " → "
                            + NetFailure.name(e.to()) + "  " + e.label() + "  (" + e.size() + " B)");
                }
            });
        }
        String at = NetFailure.name(server.address());
        println("serving " + server.root() + " on " + at + " (UDP, " + (allowWrite ? "read-write" : "read-only")
                + (allowWrite && !create ? ", no overwriting" : "") + "); Ctrl-C stops");
        String url = "tftp://" + at + "/FILE";
        println("try: curl -o FILE " + url + "   or   atftp -g -r FILE -l FILE " + at.replaceAll(":(\\d+)$", " $1"));
        console().flush();
        server.serve();
        println("stopped: " + server.completed() + " transfers done, " + server.failed() + " failed, " + server.refused()
                + " refused");
        return 0;
    }

    private void event(String line) {
        println(line);
        console().flush();
    }

    private InetAddress address() {
        if (bind.equalsIgnoreCase("localhost")) {
            return netlab.net.Loopback.V4;
        }
        boolean literal = bind.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}") || bind.contains(":") && bind.matches("[0-9a-fA-F:.]+");
        if (literal) {
            try {
                return InetAddress.getByName(bind);
            } catch (UnknownHostException e) {
                // falls through
            }
        }
        throw new InvalidInputException("not an IP address: " + InvalidInputException.quote(bind)
                + " (use 127.0.0.1, ::1 or localhost)");
    }
}
