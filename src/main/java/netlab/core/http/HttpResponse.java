package netlab.core.http;

import java.util.List;
import java.util.Optional;

/**
 * An HTTP/1.1 response as read off the wire (RFC 9112 §4, §6): status line, header fields, and the
 * body after its framing was undone.
 *
 * @param headBytes  bytes of the status line, fields and empty line
 * @param wireBytes  bytes the whole message took on the wire (head, chunk sizes, body)
 * @param chunkSizes for a chunked body, the size of each chunk in order (the final 0 included)
 */
public record HttpResponse(String version, int status, String reason, HttpHeaders headers, byte[] body,
                           Framing framing, List<Integer> chunkSizes, int headBytes, long wireBytes) {
    public HttpResponse {
        body = body.clone();
        chunkSizes = List.copyOf(chunkSizes);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    public String statusLine() {
        return version + " " + status + (reason.isEmpty() ? "" : " " + reason);
    }

    /** True for 301, 302, 303, 307 and 308 (RFC 9110 §15.4). */
    public boolean redirect() {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    public Optional<String> location() {
        return headers.get("Location");
    }

    /**
     * True when the connection may carry another request (RFC 9112 §9.3): HTTP/1.1 is persistent
     * unless a side says {@code Connection: close}; HTTP/1.0 only with {@code Connection: keep-alive};
     * a body that runs to the close ends it.
     */
    public boolean keepsAlive(HttpRequest request) {
        if (framing == Framing.UNTIL_CLOSE || headers.hasToken("Connection", "close")
                || request.headers().hasToken("Connection", "close")) {
            return false;
        }
        return version.equals("HTTP/1.1") || headers.hasToken("Connection", "keep-alive");
    }
}
