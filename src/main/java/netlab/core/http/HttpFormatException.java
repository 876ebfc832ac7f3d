package netlab.core.http;

import java.io.IOException;

/** Bytes that are not a well-formed HTTP/1.1 message (RFC 9112), said in one line. */
public final class HttpFormatException extends IOException {
    public HttpFormatException(String message) {
        super(message);
    }
}
