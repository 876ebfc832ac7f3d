package netlab.core.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A response a server is about to send (RFC 9112 §4): status, fields, and a body sent either with
 * {@code Content-Length} or, when {@code chunks} is given, with {@code Transfer-Encoding: chunked}.
 */
public record HttpReply(int status, String reason, HttpHeaders headers, byte[] body, List<byte[]> chunks) {
    public HttpReply {
        body = body == null ? new byte[0] : body.clone();
        chunks = chunks == null ? null : chunks.stream().map(byte[]::clone).toList();
    }

    public static HttpReply of(int status, String reason, String contentType, byte[] body) {
        return new HttpReply(status, reason, HttpHeaders.of("Content-Type", contentType), body, null);
    }

    public static HttpReply text(int status, String reason, String text) {
        return of(status, reason, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    public HttpReply with(String name, String value) {
        return new HttpReply(status, reason, headers.with(name, value), body, chunks);
    }

    /** The wire form; {@code headOnly} leaves the body out (an answer to HEAD) but keeps its length field. */
    public byte[] bytes(boolean close, boolean headOnly) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder head = new StringBuilder("HTTP/1.1 " + status + " " + reason + "\r\n");
        for (HttpHeaders.Field f : headers.fields()) {
            head.append(f.line()).append("\r\n");
        }
        if (chunks != null) {
            head.append("Transfer-Encoding: chunked\r\n");
        } else {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        if (close) {
            head.append("Connection: close\r\n");
        }
        head.append("\r\n");
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        if (headOnly) {
            return out.toByteArray();
        }
        if (chunks == null) {
            out.writeBytes(body);
        } else {
            for (byte[] chunk : chunks) {
                if (chunk.length == 0) {
                    continue;
                }
                out.writeBytes((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.writeBytes(chunk);
                out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }
}
