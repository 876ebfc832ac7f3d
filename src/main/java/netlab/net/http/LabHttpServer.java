package netlab.net.http;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import netlab.core.http.HttpFormatException;
import netlab.core.http.HttpHeaders;
import netlab.core.http.HttpReader;
import netlab.core.http.HttpReply;
import netlab.core.http.HttpRequest;
import netlab.net.NetFailure;
import netlab.net.Scope;

/**
 * The lab's own HTTP/1.1 server (RFC 9112): a thread per connection, persistent connections
 * (several requests on one connection until the client says {@code Connection: close} or stays
 * idle for {@value #IDLE_MS} ms), GET and HEAD. Without a root folder it serves a small built-in
 * site that shows a page, a chunked body and a redirect; with one it serves the files under it and
 * never a file outside it.
 */
public final class LabHttpServer {
    public static final int IDLE_MS = 5000;

    /** One request served, for the server's log. */
    public record Served(InetSocketAddress client, String requestLine, int status, int bodyBytes, boolean keptOpen,
                         int requestOnConnection) {
    }

    private final Scope scope;
    private final Site site;
    private final Consumer<Served> onServed;
    private ServerSocket listener;
    private InetSocketAddress address;

    public LabHttpServer(Scope scope, Optional<Path> root, Consumer<Served> onServed) {
        this.scope = scope;
        this.site = new Site(root);
        this.onServed = onServed;
    }

    public InetSocketAddress start(InetSocketAddress bindTo) throws IOException {
        listener = scope.add(new ServerSocket());
        try {
            listener.bind(bindTo, 128);
        } catch (BindException e) {
            throw NetFailure.bind(bindTo, "TCP", e);
        }
        address = (InetSocketAddress) listener.getLocalSocketAddress();
        scope.acceptLoop("http", listener, this::serve);
        return address;
    }

    public InetSocketAddress address() {
        return address;
    }

    private void serve(Socket socket) {
        InetSocketAddress peer = (InetSocketAddress) socket.getRemoteSocketAddress();
        try (socket) {
            socket.setSoTimeout(IDLE_MS);
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            HttpReader reader = new HttpReader(in);
            for (int n = 1; ; n++) {
                Optional<HttpRequest> next;
                try {
                    next = reader.readRequest();
                } catch (SocketTimeoutException idle) {
                    return;
                } catch (HttpFormatException bad) {
                    out.write(HttpReply.text(400, "Bad Request", bad.getMessage() + "\n").bytes(true, false));
                    return;
                }
                if (next.isEmpty()) {
                    return;
                }
                HttpRequest request = next.get();
                boolean close = request.headers().hasToken("Connection", "close")
                        || (request.version().equals("HTTP/1.0") && !request.headers().hasToken("Connection", "keep-alive"));
                HttpReply reply = site.answer(request);
                boolean head = request.method().equals("HEAD");
                out.write(reply.bytes(close, head));
                out.flush();
                int size = reply.chunks() == null ? reply.body().length
                        : reply.chunks().stream().mapToInt(c -> c.length).sum();
                onServed.accept(new Served(peer, request.requestLine(), reply.status(), head ? 0 : size, !close, n));
                if (close) {
                    return;
                }
            }
        } catch (IOException e) {
            // the client went away mid-request: nothing to answer
        }
    }

    /** What the server answers: the built-in pages, or files under a root. */
    static final class Site {
        private final Optional<Path> root;

        Site(Optional<Path> root) {
            this.root = root.map(r -> r.toAbsolutePath().normalize());
        }

        HttpReply answer(HttpRequest request) throws IOException {
            if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
                return HttpReply.text(405, "Method Not Allowed", "this server answers GET and HEAD only\n")
                        .with("Allow", "GET, HEAD");
            }
            String path = request.target();
            int query = path.indexOf('?');
            if (query >= 0) {
                path = path.substring(0, query);
            }
            return root.isPresent() ? file(root.get(), path) : builtIn(path);
        }

        private static HttpReply builtIn(String path) {
            return switch (path) {
                case "/" -> HttpReply.of(200, "OK", "text/html; charset=utf-8", INDEX.getBytes(StandardCharsets.UTF_8));
                case "/hello.txt" -> HttpReply.text(200, "OK", "Hello from the lab's HTTP server!\n");
                case "/chunked" -> new HttpReply(200, "OK", HttpHeaders.of("Content-Type", "text/plain; charset=utf-8"),
                        null, List.of("Hello, ".getBytes(StandardCharsets.UTF_8),
                                "chunked ".getBytes(StandardCharsets.UTF_8), "world!\n".getBytes(StandardCharsets.UTF_8)));
                case "/old" -> HttpReply.text(301, "Moved Permanently", "moved to /hello.txt\n")
                        .with("Location", "/hello.txt");
                default -> HttpReply.text(404, "Not Found", "no page " + path + " here; try / or /hello.txt\n");
            };
        }

        private static HttpReply file(Path root, String target) throws IOException {
            String decoded;
            try {
                decoded = java.net.URLDecoder.decode(target.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return HttpReply.text(400, "Bad Request", "bad %-escape in " + target + "\n");
            }
            if (decoded.contains("\0") || decoded.contains("\\")) {
                return HttpReply.text(400, "Bad Request", "not a path this server serves\n");
            }
            Path file = root.resolve(decoded.replaceFirst("^/+", "")).normalize();
            if (!file.startsWith(root)) {
                return HttpReply.text(403, "Forbidden", "outside the served folder\n");
            }
            if (Files.isDirectory(file)) {
                Path index = file.resolve("index.html");
                if (!Files.isRegularFile(index)) {
                    return listing(root, file);
                }
                file = index;
            }
            if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(root.toRealPath())) {
                return HttpReply.text(404, "Not Found", "no file " + target + " here\n");
            }
            if (Files.size(file) > HttpReader.MAX_BODY) {
                return HttpReply.text(413, "Content Too Large", "this lab serves files up to " + HttpReader.MAX_BODY + " bytes\n");
            }
            return HttpReply.of(200, "OK", contentType(file), Files.readAllBytes(file));
        }

        private static HttpReply listing(Path root, Path dir) throws IOException {
            StringBuilder sb = new StringBuilder("<!doctype html>\n<title>files</title>\n<ul>\n");
            try (var files = Files.list(dir)) {
                for (Path p : files.sorted().toList()) {
                    String rel = "/" + root.relativize(p).toString().replace(java.io.File.separatorChar, '/');
                    String name = p.getFileName() + (Files.isDirectory(p) ? "/" : "");
                    sb.append("<li><a href=\"").append(rel).append(Files.isDirectory(p) ? "/" : "").append("\">")
                            .append(name.replace("&", "&amp;").replace("<", "&lt;")).append("</a>\n");
                }
            }
            return HttpReply.of(200, "OK", "text/html; charset=utf-8", sb.append("</ul>\n").toString().getBytes(StandardCharsets.UTF_8));
        }

        private static String contentType(Path file) {
            String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (name.endsWith(".html") || name.endsWith(".htm")) {
                return "text/html; charset=utf-8";
            }
            if (name.endsWith(".txt") || name.endsWith(".md")) {
                return "text/plain; charset=utf-8";
            }
            if (name.endsWith(".json")) {
                return "application/json";
            }
            if (name.endsWith(".png")) {
                return "image/png";
            }
            return "application/octet-stream";
        }

        private static final String INDEX = """
                <!doctype html>
                <title>netlab</title>
                <h1>Hello from netlab</h1>
                <p>This page came over a TCP connection on your own loopback.</p>
                <ul>
                <li><a href="/hello.txt">/hello.txt</a> plain text with Content-Length
                <li><a href="/chunked">/chunked</a> a body sent in chunks
                <li><a href="/old">/old</a> a redirect (301) to /hello.txt
                </ul>
                """;
    }
}
