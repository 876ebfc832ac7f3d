package netlab.core.http;

/** How the receiver knows where an HTTP/1.1 body ends (RFC 9112 §6.3). */
public enum Framing {
    /** {@code Content-Length: N}: exactly N bytes follow the head. */
    CONTENT_LENGTH,
    /** {@code Transfer-Encoding: chunked}: chunks, each with its size in hex, ended by a 0-size chunk. */
    CHUNKED,
    /** Neither: the body runs until the server closes the connection (so it cannot be kept alive). */
    UNTIL_CLOSE,
    /** No body at all: a response to HEAD, 1xx, 204 and 304 (RFC 9112 §6.3 rule 1). */
    NONE
}
