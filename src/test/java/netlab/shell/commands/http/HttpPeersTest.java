package netlab.shell.commands.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import netlab.net.Loopback;
import netlab.net.Scope;
import netlab.net.Waits;
import netlab.net.http.LabHttpServer;
import netlab.shell.LabRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our server against curl, our client against Python's http.server: real peers on loopback. */
class HttpPeersTest {
    @TempDir
    Path root;

    static boolean installed(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            return out;
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void curlReusesOurKeptAliveConnectionAndReadsEveryFraming() throws Exception {
        assumeTrue(installed("curl"), "curl is not installed: skipping");
        List<LabHttpServer.Served> served = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (Scope scope = new Scope()) {
            InetSocketAddress a = new LabHttpServer(scope, Optional.empty(), served::add).start(Loopback.v4(0));
            String base = "http://127.0.0.1:" + a.getPort();
            String out = run(List.of("curl", "-sv", base + "/hello.txt", base + "/chunked"));
            assertThat(out).contains("Hello from the lab's HTTP server!").contains("Hello, chunked world!")
                    .contains("< Transfer-Encoding: chunked").containsPattern("Re-?using existing connection");
            // the server reports a request after its reply is out, so curl may have exited just before
            Waits.until(() -> served.size() >= 2, 5_000);
            assertThat(served).extracting(LabHttpServer.Served::requestOnConnection).containsExactly(1, 2);
            String redirect = run(List.of("curl", "-s", "-o", "/dev/null", "-w", "%{http_code} %{redirect_url}", base + "/old"));
            assertThat(redirect).isEqualTo("301 " + base + "/hello.txt");
            String old = run(List.of("curl", "-sv", "--http1.0", base + "/hello.txt"));
            assertThat(old).contains("< Connection: close");
            String head = run(List.of("curl", "-sI", base + "/hello.txt"));
            assertThat(head).startsWith("HTTP/1.1 200 OK").contains("Content-Length: 34");
        }
    }

    @Test
    void ourServerServesOnlyUnderItsRoot() throws Exception {
        assumeTrue(installed("curl"), "curl is not installed: skipping");
        Files.writeString(root.resolve("page.txt"), "under the root\n");
        try (Scope scope = new Scope()) {
            InetSocketAddress a = new LabHttpServer(scope, Optional.of(root), s -> { }).start(Loopback.v4(0));
            String base = "http://127.0.0.1:" + a.getPort();
            assertThat(run(List.of("curl", "-s", base + "/page.txt"))).isEqualTo("under the root\n");
            assertThat(run(List.of("curl", "-s", "--path-as-is", "-o", "/dev/null", "-w", "%{http_code}",
                    base + "/../../etc/passwd"))).isEqualTo("403");
            assertThat(run(List.of("curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", base + "/%2e%2e/%2e%2e/etc/passwd")))
                    .isIn("403", "404");
            assertThat(run(List.of("curl", "-s", base + "/"))).contains("<a href=\"/page.txt\">page.txt</a>");
        }
    }

    @Test
    void httpServeCommandAnswersCurl() throws Exception {
        assumeTrue(installed("curl"), "curl is not installed: skipping");
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, Loopback.V4)) {
            port = probe.getLocalPort();
        }
        LabRun[] result = new LabRun[1];
        int p = port;
        Thread lab = Thread.ofPlatform().start(() ->
                result[0] = LabRun.of("", "--no-color", "http", "serve", "--port", String.valueOf(p), "--count", "1"));
        awaitListening(port);
        String out = run(List.of("curl", "-s", "http://127.0.0.1:" + port + "/hello.txt"));
        lab.join(10_000);
        assertThat(out).isEqualTo("Hello from the lab's HTTP server!\n");
        assertThat(result[0].out()).contains("HTTP server on http://127.0.0.1:" + port + "/ serving the built-in pages")
                .containsPattern("#1 127\\.0\\.0\\.1:[0-9]+  GET /hello.txt HTTP/1.1  → 200, 34 body bytes; connection kept open")
                .contains("served 1 request(s); stopped");
    }

    @Test
    void ourClientReadsPythonsHttpServer() throws Exception {
        assumeTrue(installed("python3"), "python3 is not installed: skipping");
        Files.writeString(root.resolve("notes.txt"), "served by python\n");
        Process python = new ProcessBuilder("python3", "-u", "-m", "http.server", "--bind", "127.0.0.1",
                "--directory", root.toString(), "0").redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(python.getInputStream(), StandardCharsets.UTF_8));
            String first = lines.readLine();
            Matcher m = Pattern.compile("port ([0-9]+)").matcher(first == null ? "" : first);
            assumeTrue(m.find(), "python3 -m http.server did not say its port: " + first);
            String port = m.group(1);
            LabRun run = LabRun.of("", "--no-color", "http", "get", "http://127.0.0.1:" + port + "/notes.txt");
            assertThat(run.status()).as(run.both()).isZero();
            assertThat(run.out()).contains("status line  HTTP/1.0 200 OK").contains("  | served by python")
                    .contains("header       Server: SimpleHTTP/")
                    .contains("The server closed the connection after the response (the server speaks HTTP/1.0;");
            LabRun missing = LabRun.of("", "--no-color", "http", "get", "http://127.0.0.1:" + port + "/nope");
            assertThat(missing.out()).contains("status line  HTTP/1.0 404 File not found");
        } finally {
            python.destroy();
            python.waitFor(5, TimeUnit.SECONDS);
            python.destroyForcibly();
        }
    }

    static void awaitListening(int port) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            try (Socket s = new Socket()) {
                s.connect(Loopback.v4(port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(20);
            }
        }
        throw new AssertionError("nothing listened on " + port);
    }

}
