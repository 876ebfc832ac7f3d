package netlab.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import netlab.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpReaderTest {
    private static HttpReader reader(String wire) {
        return new HttpReader(new ByteArrayInputStream(wire.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void contentLengthBodyStopsAtItsLengthSoTheNextResponseCanFollow() throws IOException {
        HttpReader r = reader("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhelloHTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
        HttpResponse first = r.readResponse(false);
        assertThat(first.statusLine()).isEqualTo("HTTP/1.1 200 OK");
        assertThat(new String(first.body(), StandardCharsets.UTF_8)).isEqualTo("hello");
        assertThat(first.framing()).isEqualTo(Framing.CONTENT_LENGTH);
        assertThat(first.headBytes()).isEqualTo(38);
        HttpResponse second = r.readResponse(false);
        assertThat(second.status()).isEqualTo(404);
        assertThat(second.body()).isEmpty();
    }

    @Test
    void chunkedBodyIsDecodedAndItsChunkSizesKept() throws IOException {
        HttpResponse response = reader("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "7\r\nHello, \r\nA;ext=1\r\n0123456789\r\n0\r\nTrailer: x\r\n\r\n").readResponse(false);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("Hello, 0123456789");
        assertThat(response.chunkSizes()).containsExactly(7, 10, 0);
        assertThat(response.framing()).isEqualTo(Framing.CHUNKED);
    }

    @Test
    void bodyWithoutLengthRunsToTheCloseAndCannotBeKeptAlive() throws IOException {
        HttpResponse response = reader("HTTP/1.0 200 OK\r\n\r\nall of it").readResponse(false);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("all of it");
        assertThat(response.framing()).isEqualTo(Framing.UNTIL_CLOSE);
        assertThat(response.keepsAlive(HttpRequest.get("h", "/", false))).isFalse();
    }

    @Test
    void http11IsPersistentUnlessEitherSideSaysClose() throws IOException {
        HttpResponse plain = reader("HTTP/1.1 204 No Content\r\n\r\n").readResponse(false);
        assertThat(plain.framing()).isEqualTo(Framing.NONE);
        assertThat(plain.keepsAlive(HttpRequest.get("h", "/", false))).isTrue();
        assertThat(plain.keepsAlive(HttpRequest.get("h", "/", true))).isFalse();
        HttpResponse closing = reader("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n").readResponse(false);
        assertThat(closing.keepsAlive(HttpRequest.get("h", "/", false))).isFalse();
        HttpResponse old = reader("HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n").readResponse(false);
        assertThat(old.keepsAlive(HttpRequest.get("h", "/", false))).isFalse();
    }

    @Test
    void redirectCarriesItsLocation() throws IOException {
        HttpResponse response = reader("HTTP/1.1 301 Moved Permanently\r\nLocation: /new\r\nContent-Length: 0\r\n\r\n")
                .readResponse(false);
        assertThat(response.redirect()).isTrue();
        assertThat(response.location()).contains("/new");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SSH-2.0-OpenSSH_9.6\r\n\r\n",
        "HTTP/1.1 200 OK\r\nno colon here\r\n\r\n",
        "HTTP/1.1 200 OK\r\nContent-Length: -4\r\n\r\n",
        "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello",
        "HTTP/1.1 200 OK\r\nContent-Length: 99999999999\r\n\r\n",
        "",
        "HTTP/1.1 200 OK\r\nContent-Type: text/pl"})
    void malformedResponsesAreOneFormatError(String wire) {
        assertThatThrownBy(() -> reader(wire).readResponse(false)).isInstanceOf(HttpFormatException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").isNotBlank());
    }

    @Test
    void aHeadWithoutLineEndsIsCutAtTheLimit() {
        String wire = "HTTP/1.1 200 OK\r\nX: " + "a".repeat(HttpReader.MAX_HEAD + 10);
        assertThatThrownBy(() -> reader(wire).readResponse(false)).isInstanceOf(HttpFormatException.class)
                .hasMessageContaining("without a line end");
    }

    @Test
    void requestsAreReadUntilTheClientCloses() throws IOException {
        HttpReader r = reader("GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(r.readRequest()).get().extracting(HttpRequest::target).isEqualTo("/a");
        HttpRequest second = r.readRequest().orElseThrow();
        assertThat(second.headers().hasToken("connection", "CLOSE")).isTrue();
        assertThat(r.readRequest()).isEmpty();
    }

    @Test
    void requestBytesAreCrlfLinesAndTheSpansCoverThemAll() {
        HttpRequest request = HttpRequest.get("127.0.0.1:8080", "/hello.txt", true);
        String wire = new String(request.bytes(), StandardCharsets.UTF_8);
        assertThat(wire).isEqualTo("GET /hello.txt HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nUser-Agent: netlab\r\n"
                + "Accept: */*\r\nConnection: close\r\n\r\n");
        assertThat(request.spans().stream().mapToInt(s -> s.length()).sum()).isEqualTo(request.bytes().length);
    }

    @Test
    void replyRoundTripsThroughTheReaderBothFramings() throws IOException {
        HttpReply chunked = new HttpReply(200, "OK", HttpHeaders.of("Content-Type", "text/plain"), null,
                List.of("ab".getBytes(StandardCharsets.UTF_8), "cdefghijklmnopqrstu".getBytes(StandardCharsets.UTF_8)));
        HttpResponse back = new HttpReader(new ByteArrayInputStream(chunked.bytes(false, false))).readResponse(false);
        assertThat(back.chunkSizes()).containsExactly(2, 19, 0);
        assertThat(new String(back.body(), StandardCharsets.UTF_8)).isEqualTo("abcdefghijklmnopqrstu");
        HttpReply plain = HttpReply.text(200, "OK", "hi\n");
        back = new HttpReader(new ByteArrayInputStream(plain.bytes(true, false))).readResponse(false);
        assertThat(back.headers().get("content-length")).contains("3");
        assertThat(back.keepsAlive(HttpRequest.get("h", "/", false))).isFalse();
    }

    @Test
    void urlsParseAndHttpsIsRefusedWithTheReason() {
        assertThat(HttpUrl.parse("http://127.0.0.1:8080/a?b=c#frag")).isEqualTo(new HttpUrl("127.0.0.1", 8080, "/a?b=c"));
        assertThat(HttpUrl.parse("example.com")).isEqualTo(new HttpUrl("example.com", 80, "/"));
        assertThat(HttpUrl.parse("http://[::1]:81/").hostHeader()).isEqualTo("[::1]:81");
        assertThatThrownBy(() -> HttpUrl.parse("https://example.com/")).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("https:// is not supported: HTTPS is HTTP inside TLS");
        assertThatThrownBy(() -> HttpUrl.parse("ftp://x/")).hasMessageStartingWith("not an http:// URL");
        assertThatThrownBy(() -> HttpUrl.parse("http://x:99999/")).hasMessageContaining("(1–65535)");
        assertThatThrownBy(() -> HttpUrl.parse("http://x/a b")).hasMessageContaining("%20");
    }
}
