package netlab.shell.commands.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import netlab.core.InvalidInputException;
import netlab.net.NetFailure;
import netlab.net.http.LabHttpServer;
import netlab.shell.Lab;
import netlab.shell.LabCommand;
import netlab.shell.commands.sockets.Ports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the lab's HTTP/1.1 server for a browser or curl, until Ctrl-C.",
            "Without --root it serves a small built-in site (/, /hello.txt, /chunked, /old); with --root the files",
            "under DIR, never one outside it. Each request is logged with whether the connection stayed open."},
        footer = {"", "Examples:", "  http serve                       (then open http://127.0.0.1:8080/)",
            "  http serve --port 8000 --root .", "  curl -v http://127.0.0.1:8080/hello.txt   (in another terminal)"})
final class HttpServeCommand extends LabCommand {
    @Option(names = "--port", paramLabel = "P", description = "The TCP port (default 8080; 0 takes any free port).")
    String port = "8080";

    @Option(names = "--root", paramLabel = "DIR", description = "Serve the files under DIR instead of the built-in pages.")
    Path root;

    @Option(names = "--bind", paramLabel = "ADDR", description = "The address to bind (default 127.0.0.1).")
    String bind = "127.0.0.1";

    @Option(names = "--count", paramLabel = "N", description = "Stop after N requests (default: run until Ctrl-C).")
    int count;

    HttpServeCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() throws IOException, InterruptedException {
        InetSocketAddress bindTo = Ports.bindAddress(console(), bind, Ports.port(port, true));
        if (root != null && !Files.isDirectory(root)) {
            throw new InvalidInputException("not a folder: " + InvalidInputException.quote(root.toString())
                    + " (--root takes a folder to serve)");
        }
        if (count < 0) {
            throw new InvalidInputException("--count takes a number >= 0, not " + count);
        }
        Semaphore served = new Semaphore(0);
        AtomicInteger n = new AtomicInteger();
        LabHttpServer server = new LabHttpServer(lab.scope(), Optional.ofNullable(root), s -> {
            synchronized (this) {
                println("#" + n.incrementAndGet() + " " + NetFailure.name(s.client()) + "  " + s.requestLine() + "  → "
                        + s.status() + ", " + s.bodyBytes() + " body bytes; "
                        + (s.keptOpen() ? "connection kept open" : "connection closed (Connection: close)")
                        + (s.requestOnConnection() > 1 ? " [request " + s.requestOnConnection() + " on this connection]" : ""));
                console().flush();
            }
            served.release();
        });
        InetSocketAddress address = server.start(bindTo);
        String base = "http://" + NetFailure.name(address) + "/";
        println("HTTP server on " + base + " serving " + (root == null ? "the built-in pages" : root.toAbsolutePath().normalize())
                + "; open it in a browser, or \"curl -v " + base + (root == null ? "hello.txt" : "") + "\"; Ctrl-C stops");
        console().flush();
        if (count > 0) {
            served.acquire(count);
            println("served " + count + " request(s); stopped");
        } else {
            new Semaphore(0).acquire();
        }
        return 0;
    }
}
