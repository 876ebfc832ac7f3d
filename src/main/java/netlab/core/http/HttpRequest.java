package netlab.core.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import netlab.core.bytes.FieldSpan;

/**
 * An HTTP/1.1 request (RFC 9112 §3): request line, header fields, an empty line, an optional body.
 * {@link #bytes()} writes it exactly as it goes on the wire, every line ended by CR LF.
 */
public record HttpRequest(String method, String target, String version, HttpHeaders headers, byte[] body) {
    public HttpRequest {
        body = body == null ? new byte[0] : body.clone();
    }

    /** {@code GET target HTTP/1.1} with {@code Host} (required in HTTP/1.1, RFC 9112 §3.2), optionally {@code Connection: close}. */
    public static HttpRequest get(String hostHeader, String target, boolean close) {
        HttpHeaders headers = HttpHeaders.of("Host", hostHeader, "User-Agent", "netlab", "Accept", "*/*");
        if (close) {
            headers = headers.with("Connection", "close");
        }
        return new HttpRequest("GET", target, "HTTP/1.1", headers, null);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    public String requestLine() {
        return method + " " + target + " " + version;
    }

    /** The wire form: request line CRLF, each field CRLF, CRLF, body. */
    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((requestLine() + "\r\n").getBytes(StandardCharsets.UTF_8));
        for (HttpHeaders.Field f : headers.fields()) {
            out.writeBytes((f.line() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        return out.toByteArray();
    }

    /** Where each line lies in {@link #bytes()}, for an annotated hex dump (CR LF included). */
    public List<FieldSpan> spans() {
        List<FieldSpan> spans = new ArrayList<>();
        int at = 0;
        int n = (requestLine() + "\r\n").getBytes(StandardCharsets.UTF_8).length;
        spans.add(new FieldSpan(at, n, "request line", requestLine() + " \\r\\n"));
        at += n;
        for (HttpHeaders.Field f : headers.fields()) {
            n = (f.line() + "\r\n").getBytes(StandardCharsets.UTF_8).length;
            spans.add(new FieldSpan(at, n, "header", f.line() + " \\r\\n"));
            at += n;
        }
        spans.add(new FieldSpan(at, 2, "end of head", "\\r\\n (an empty line)"));
        at += 2;
        if (body.length > 0) {
            spans.add(new FieldSpan(at, body.length, "body", body.length + " bytes"));
        }
        return spans;
    }
}
