package netlab.shell.commands.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import netlab.core.InvalidInputException;
import netlab.core.http.Framing;
import netlab.core.http.HttpHeaders;
import netlab.core.http.HttpResponse;
import netlab.core.http.HttpUrl;
import netlab.core.traffic.TrafficLog;
import netlab.net.Loopback;
import netlab.net.NetFailure;
import netlab.net.http.HttpFetch;
import netlab.net.http.LabHttpServer;
import netlab.shell.Lab;
import netlab.shell.commands.DemoCommand;
import netlab.shell.render.HexRenderer;
import netlab.shell.render.TrafficView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "get", mixinStandardHelpOptions = true,
        description = {"Send an HTTP/1.1 GET written by hand over a TCP socket and show the reply taken apart.",
            "Without a URL (or with just a /path) it asks the lab's own server on 127.0.0.1, started for this command.",
            "Redirects are shown, not followed: the Location header says where to go next."},
        footer = {"", "Examples:", "  http get                     (/hello.txt from the lab's server)",
            "  http get /chunked            (a chunked body)", "  http get /old                (a redirect)",
            "  http get --requests 2        (two requests on one kept-alive connection)",
            "  http get --close             (Connection: close: the server hangs up after the reply)",
            "  http get http://127.0.0.1:8080/"})
final class HttpGetCommand extends DemoCommand {
    private static final int BODY_LINES = 20;

    @Parameters(arity = "0..1", paramLabel = "URL", description = "An http:// URL, or a /path on the lab's own server (default /hello.txt).")
    String url;

    @Option(names = "--requests", paramLabel = "N", description = "Send N requests on the same connection (1–10, default 1).")
    int requests = 1;

    @Option(names = "--close", description = "The (last) request says \"Connection: close\".")
    boolean close;

    HttpGetCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() throws IOException {
        if (requests < 1 || requests > 10) {
            throw new InvalidInputException("--requests takes 1–10, not " + requests);
        }
        TrafficLog log = new TrafficLog();
        HttpUrl target;
        String where;
        if (url == null || url.startsWith("/")) {
            LabHttpServer server = new LabHttpServer(lab.scope(), Optional.empty(), s -> { });
            var address = server.start(Loopback.v4(0));
            target = new HttpUrl("127.0.0.1", address.getPort(), url == null ? "/hello.txt" : url);
            if (url != null) {
                HttpUrl.parse(target.toString());
            }
            where = "the lab's own server, started for this command on " + NetFailure.name(address);
        } else {
            target = HttpUrl.parse(url);
            where = null;
        }
        HttpFetch.Result result = new HttpFetch(lab.scope(), log).get(target, requests, close);
        keep(log);
        println(style().bold("GET " + target) + (where == null ? "" : " — " + where));
        println("connected " + NetFailure.name(result.local()) + " → " + NetFailure.name(result.server())
                + " (TCP; one connection for every request below)");
        int i = 0;
        for (HttpFetch.Round round : result.rounds()) {
            i++;
            println("");
            byte[] bytes = round.request().bytes();
            println(style().bold("request " + i + ", " + bytes.length + " bytes written to the socket:"));
            HexRenderer hex = new HexRenderer(style());
            console().out().print(hex.dump(bytes, round.request().spans()));
            console().out().print(hex.legend(round.request().spans()));
            println("");
            showResponse(i, round.response(), target);
        }
        println("");
        println(connectionNote(result));
        return 0;
    }

    private void showResponse(int i, HttpResponse response, HttpUrl target) {
        println(style().bold("response " + i + ", " + response.wireBytes() + " bytes read (head " + response.headBytes()
                + ", then the body):"));
        println("  status line  " + response.statusLine());
        for (HttpHeaders.Field f : response.headers().fields()) {
            println("  header       " + f.line());
        }
        byte[] body = response.body();
        println("  body         " + bodyFraming(response));
        if (body.length > 0) {
            Optional<String> text = text(body, response.headers());
            if (text.isPresent()) {
                List<String> lines = text.get().lines().toList();
                lines.stream().limit(BODY_LINES).forEach(l -> println("  | " + l));
                if (lines.size() > BODY_LINES) {
                    println(style().dim("  … " + (lines.size() - BODY_LINES) + " more lines"));
                }
            } else {
                console().out().print(new TrafficView(style(), console().width()).dump(body, full));
            }
        }
        if (response.redirect()) {
            String location = response.location().orElse("(no Location header)");
            println("redirect: " + response.status() + " " + response.reason() + " says the page is at " + location
                    + "; the lab does not follow it by itself, so each step stays visible:");
            if (location.startsWith("/")) {
                println("  http get " + new HttpUrl(target.host(), target.port(), location));
            } else if (location.startsWith("http://")) {
                println("  http get " + location);
            } else if (location.startsWith("https://")) {
                println("  (an https:// address: HTTP inside TLS, which this lab does not speak)");
            }
        }
    }

    private static String bodyFraming(HttpResponse response) {
        int n = response.body().length;
        return switch (response.framing()) {
            case CONTENT_LENGTH -> n + " bytes (Content-Length: " + n + ")";
            case CHUNKED -> n + " bytes after decoding Transfer-Encoding: chunked — chunk sizes "
                    + response.chunkSizes().stream().map(s -> s + " (0x" + Integer.toHexString(s) + ")")
                    .collect(Collectors.joining(", ")) + "; the 0-size chunk ends the body";
            case UNTIL_CLOSE -> n + " bytes (no Content-Length and not chunked: the body ran until the server closed)";
            case NONE -> "none (status " + response.status() + " has no body)";
        };
    }

    private static String connectionNote(HttpFetch.Result result) {
        HttpFetch.Round last = result.rounds().get(result.rounds().size() - 1);
        String reuse = result.rounds().size() > 1 ? "All " + result.rounds().size()
                + " requests went over the one connection from " + NetFailure.name(result.local())
                + ": no new handshake. " : "";
        if (last.response().keepsAlive(last.request())) {
            return reuse + "The connection was still open after the response: HTTP/1.1 keeps connections alive by"
                    + " default, so another request could follow (one request per connection is HTTP/1.0, or"
                    + " Connection: close). The lab closed it now.";
        }
        String why = last.request().headers().hasToken("Connection", "close") ? "the request said Connection: close"
                : last.response().headers().hasToken("Connection", "close") ? "the server said Connection: close"
                : last.response().framing() == Framing.UNTIL_CLOSE ? "the body ran until the close"
                : "the server speaks " + last.response().version();
        return reuse + (result.closedByServer()
                ? "The server closed the connection after the response (" + why + "; the next read returned end of stream, its FIN)."
                : "The connection could not be reused (" + why + "); the lab closed it.");
    }

    private static Optional<String> text(byte[] body, HttpHeaders headers) {
        String type = headers.get("Content-Type").orElse("text/plain").toLowerCase(java.util.Locale.ROOT);
        if (!(type.startsWith("text/") || type.contains("json") || type.contains("xml") || type.contains("javascript"))) {
            return Optional.empty();
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
            return s.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t') ? Optional.empty() : Optional.of(s);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
