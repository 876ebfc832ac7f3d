package netlab.core.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads HTTP/1.1 messages off a byte stream (RFC 9112): the head up to the empty line, then the
 * body by its framing — {@code Content-Length}, {@code chunked}, or until the peer closes. It
 * knows bytes, not sockets: give it any {@link InputStream}. Limits keep a hostile peer from
 * making it hold unbounded memory.
 */
public final class HttpReader {
    /** Most bytes a head (start line and fields) may take. */
    public static final int MAX_HEAD = 64 * 1024;
    /** Most bytes of a body this reader keeps. */
    public static final int MAX_BODY = 16 * 1024 * 1024;

    private final InputStream in;
    private long consumed;

    public HttpReader(InputStream in) {
        this.in = in;
    }

    /** Bytes read from the stream so far. */
    public long consumed() {
        return consumed;
    }

    /** Reads one response; {@code headRequest} when it answers HEAD (then it has no body). */
    public HttpResponse readResponse(boolean headRequest) throws IOException {
        long start = consumed;
        List<String> head = readHead();
        if (head == null) {
            throw new HttpFormatException("the server closed the connection without sending a response");
        }
        int headBytes = (int) (consumed - start);
        String statusLine = head.get(0);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/") || !parts[1].matches("[0-9]{3}")) {
            throw new HttpFormatException("not an HTTP status line: \"" + cut(statusLine)
                    + "\" (expected e.g. \"HTTP/1.1 200 OK\")");
        }
        int status = Integer.parseInt(parts[1]);
        HttpHeaders headers = fields(head);
        boolean noBody = headRequest || status / 100 == 1 || status == 204 || status == 304;
        List<Integer> chunks = new ArrayList<>();
        byte[] body;
        Framing framing;
        if (noBody) {
            framing = Framing.NONE;
            body = new byte[0];
        } else if (headers.hasToken("Transfer-Encoding", "chunked")) {
            framing = Framing.CHUNKED;
            body = readChunked(chunks);
        } else if (headers.get("Content-Length").isPresent()) {
            framing = Framing.CONTENT_LENGTH;
            body = readExactly(contentLength(headers));
        } else {
            framing = Framing.UNTIL_CLOSE;
            body = readToEnd();
        }
        return new HttpResponse(parts[0], status, parts.length > 2 ? parts[2] : "", headers, body, framing, chunks,
                headBytes, consumed - start);
    }

    /** Reads one request; empty when the client closed cleanly before sending another. */
    public java.util.Optional<HttpRequest> readRequest() throws IOException {
        List<String> head = readHead();
        if (head == null) {
            return java.util.Optional.empty();
        }
        String[] parts = head.get(0).split(" ");
        if (parts.length != 3 || !parts[2].startsWith("HTTP/1.") || parts[1].isEmpty()) {
            throw new HttpFormatException("not an HTTP request line: \"" + cut(head.get(0))
                    + "\" (expected METHOD TARGET HTTP/1.1)");
        }
        HttpHeaders headers = fields(head);
        byte[] body = new byte[0];
        if (headers.hasToken("Transfer-Encoding", "chunked")) {
            body = readChunked(new ArrayList<>());
        } else if (headers.get("Content-Length").isPresent()) {
            body = readExactly(contentLength(headers));
        }
        return java.util.Optional.of(new HttpRequest(parts[0], parts[1], parts[2], headers, body));
    }

    /** The head's lines without their CR LF, or null when the stream ended before its first byte. */
    private List<String> readHead() throws IOException {
        List<String> lines = new ArrayList<>();
        long start = consumed;
        while (true) {
            String line = readLine(MAX_HEAD - (int) (consumed - start));
            if (line == null) {
                if (lines.isEmpty() && consumed == start) {
                    return null;
                }
                throw new HttpFormatException("the connection closed in the middle of the head, after "
                        + (consumed - start) + " bytes");
            }
            if (line.isEmpty()) {
                if (lines.isEmpty()) {
                    continue;
                }
                return lines;
            }
            lines.add(line);
        }
    }

    private static HttpHeaders fields(List<String> head) throws HttpFormatException {
        List<HttpHeaders.Field> fields = new ArrayList<>();
        for (String line : head.subList(1, head.size())) {
            int colon = line.indexOf(':');
            if (colon <= 0 || line.substring(0, colon).contains(" ")) {
                throw new HttpFormatException("not a header field: \"" + cut(line) + "\" (expected Name: value)");
            }
            fields.add(new HttpHeaders.Field(line.substring(0, colon), line.substring(colon + 1).strip()));
        }
        return new HttpHeaders(fields);
    }

    private static long contentLength(HttpHeaders headers) throws HttpFormatException {
        String value = headers.get("Content-Length").orElseThrow();
        if (!value.matches("[0-9]{1,18}")) {
            throw new HttpFormatException("bad Content-Length: \"" + cut(value) + "\" (a decimal number of bytes)");
        }
        return Long.parseLong(value);
    }

    private byte[] readChunked(List<Integer> sizes) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String line = readLine(1024);
            if (line == null) {
                throw new HttpFormatException("the connection closed before the last chunk (a chunk of size 0)");
            }
            String hex = line.split(";", 2)[0].strip();
            if (!hex.matches("[0-9a-fA-F]{1,7}")) {
                throw new HttpFormatException("bad chunk size: \"" + cut(line) + "\" (hex digits, then CR LF)");
            }
            int size = Integer.parseInt(hex, 16);
            sizes.add(size);
            if (size == 0) {
                String trailer;
                do {
                    trailer = readLine(MAX_HEAD);
                    if (trailer == null) {
                        throw new HttpFormatException("the connection closed after the last chunk, before its CR LF");
                    }
                } while (!trailer.isEmpty());
                return body.toByteArray();
            }
            if (body.size() + size > MAX_BODY) {
                throw new HttpFormatException("the chunked body passes " + MAX_BODY + " bytes; this lab keeps at most that");
            }
            body.writeBytes(readExactly(size));
            String end = readLine(2);
            if (end == null || !end.isEmpty()) {
                throw new HttpFormatException("chunk of " + size + " bytes not followed by CR LF");
            }
        }
    }

    private byte[] readExactly(long length) throws IOException {
        if (length > MAX_BODY) {
            throw new HttpFormatException("the body has " + length + " bytes; this lab keeps at most " + MAX_BODY);
        }
        byte[] bytes = in.readNBytes((int) length);
        consumed += bytes.length;
        if (bytes.length < length) {
            throw new HttpFormatException("the connection closed after " + bytes.length + " of " + length + " body bytes");
        }
        return bytes;
    }

    private byte[] readToEnd() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            consumed += n;
            if (body.size() + n > MAX_BODY) {
                throw new HttpFormatException("the body passes " + MAX_BODY + " bytes; this lab keeps at most that");
            }
            body.write(buffer, 0, n);
        }
        return body.toByteArray();
    }

    /** One line ended by LF (a CR before it is dropped); null at the end of the stream before any byte. */
    private String readLine(int limit) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (line.size() == 0) {
                    return null;
                }
                throw new HttpFormatException("the connection closed in the middle of a line: \""
                        + cut(line.toString(StandardCharsets.ISO_8859_1)) + "\"");
            }
            consumed++;
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int n = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
            }
            if (line.size() >= limit) {
                throw new HttpFormatException("a line of the head passes " + MAX_HEAD + " bytes without a line end");
            }
            line.write(b);
        }
    }

    private static String cut(String s) {
        String t = s.length() > 60 ? s.substring(0, 60) + "…" : s;
        StringBuilder sb = new StringBuilder();
        for (char c : t.toCharArray()) {
            sb.append(c < 0x20 || c == 0x7f ? String.format(Locale.ROOT, "\\x%02x", (int) c) : String.valueOf(c));
        }
        return sb.toString();
    }
}
