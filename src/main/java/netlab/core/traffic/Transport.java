package netlab.core.traffic;

/** The transport protocol a recorded exchange used. */
public enum Transport {
    /** RFC 768: datagrams, each delivered whole or not at all, no connection. */
    UDP,
    /** RFC 9293: a connected byte stream; writes and reads need not line up. */
    TCP
}
