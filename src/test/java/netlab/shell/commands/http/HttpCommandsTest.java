package netlab.shell.commands.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import netlab.net.Loopback;
import netlab.shell.LabRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpCommandsTest {
    @Test
    void getShowsTheRequestInHexAndTheResponseTakenApart() {
        LabRun run = LabRun.of("", "--no-color", "http", "get");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("00000000  47 45 54 20 2f 68 65 6c  6c 6f 2e 74 78 74 20 48  |GET /hello.txt H|")
                .contains("request line  GET /hello.txt HTTP/1.1 \\r\\n")
                .contains("  status line  HTTP/1.1 200 OK\n")
                .contains("  header       Content-Length: 34\n")
                .contains("  body         34 bytes (Content-Length: 34)\n  | Hello from the lab's HTTP server!\n")
                .contains("HTTP/1.1 keeps connections alive by default");
    }

    @Test
    void twoRequestsShareOneConnectionAndCloseMakesTheServerHangUp() {
        LabRun run = LabRun.of("", "--no-color", "http", "get", "--requests", "2", "--close");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("request 2,").contains("Connection: close \\r\\n")
                .contains("All 2 requests went over the one connection")
                .contains("The server closed the connection after the response (the request said Connection: close;"
                        + " the next read returned end of stream, its FIN).");
    }

    @Test
    void chunkedBodyShowsItsChunkSizes() {
        LabRun run = LabRun.of("", "--no-color", "http", "get", "/chunked");
        assertThat(run.out()).contains("header       Transfer-Encoding: chunked")
                .contains("body         22 bytes after decoding Transfer-Encoding: chunked — chunk sizes 7 (0x7), 8 (0x8),"
                        + " 7 (0x7), 0 (0x0); the 0-size chunk ends the body")
                .contains("  | Hello, chunked world!");
    }

    @Test
    void redirectIsShownNotFollowed() {
        LabRun run = LabRun.of("", "--no-color", "http", "get", "/old");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("status line  HTTP/1.1 301 Moved Permanently")
                .containsPattern("redirect: 301 Moved Permanently says the page is at /hello.txt; the lab does not follow it"
                        + " by itself, so each step stays visible:\n  http get http://127.0.0.1:[0-9]+/hello.txt\n");
    }

    @Test
    void aRefusedConnectionIsOneLine() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, Loopback.V4)) {
            port = probe.getLocalPort();
        }
        LabRun run = LabRun.of("", "--no-color", "http", "get", "http://127.0.0.1:" + port + "/");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("error: connection refused by 127.0.0.1:" + port
                + " (nothing is listening there; start the server first)\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            http get https://example.com/        | https:// is not supported: HTTPS is HTTP inside TLS, so the bytes on the socket are encrypted and there is no plain request to show; try an http:// URL (curl -v https://example.com/ shows the TLS side)
            http get ftp://x/                    | not an http:// URL: "ftp://x/" (e.g. http://127.0.0.1:8080/hello.txt)
            http get http://x:0/                 | not a port in "http://x:0/": "0" (1–65535)
            http get --requests 11               | --requests takes 1–10, not 11
            http get http://nohost.invalid/      | cannot resolve nohost.invalid (no such host, or no DNS server reachable; check the spelling; "resolve nohost.invalid" shows what DNS says)
            http serve --root /no/such/dir       | not a folder: "/no/such/dir" (--root takes a folder to serve)
            http serve --port 70000              | not a port: "70000" (0–65535; 0 takes any free port)
            http                                 | http needs a subcommand: get, serve (e.g. "http get"; "help http" for more)
            """)
    void badInputIsOneLine(String line, String message) {
        LabRun run = LabRun.of("", ("--no-color " + line.strip()).split(" "));
        assertThat(run.status()).isNotZero();
        assertThat(run.err()).isEqualTo("error: " + message + "\n");
    }

    @Test
    void notHttpIsOneLine() throws Exception {
        try (ServerSocket fake = new ServerSocket(0, 1, Loopback.V4)) {
            Thread t = Thread.ofPlatform().start(() -> {
                try (var s = fake.accept()) {
                    s.getOutputStream().write("SSH-2.0-OpenSSH_9.6\r\n\r\n".getBytes());
                } catch (java.io.IOException ignored) {
                    // the test only needs the bytes sent
                }
            });
            LabRun run = LabRun.of("", "--no-color", "http", "get", "http://127.0.0.1:" + fake.getLocalPort() + "/");
            t.join(5000);
            assertThat(run.err()).isEqualTo("error: not HTTP from 127.0.0.1:" + fake.getLocalPort()
                    + ": not an HTTP status line: \"SSH-2.0-OpenSSH_9.6\" (expected e.g. \"HTTP/1.1 200 OK\")\n");
        }
    }
}
