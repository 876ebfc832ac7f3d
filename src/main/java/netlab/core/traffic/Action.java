package netlab.core.traffic;

/** What a socket did, as seen by the program that owns it. */
public enum Action {
    /** A TCP client's {@code connect()} returned: the three-way handshake is done. */
    CONNECT,
    /** A TCP server's {@code accept()} returned a connected socket. */
    ACCEPT,
    /** A datagram was sent, or a TCP {@code write} handed bytes to the kernel. */
    SEND,
    /** A datagram arrived, or one TCP {@code read} returned bytes (one read is not one send). */
    RECEIVE,
    /** A socket was closed (for TCP this sends a FIN). */
    CLOSE,
    /** A packet the lab dropped on purpose (loss injection), so it never arrived. */
    DROP,
    /** A remark in the timeline, e.g. "server stopped". */
    NOTE
}
