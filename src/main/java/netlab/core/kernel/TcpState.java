package netlab.core.kernel;

/**
 * The states of a TCP connection (RFC 9293 §3.3.2) with the numbers Linux writes in the
 * {@code st} column of {@code /proc/net/tcp} ({@code include/net/tcp_states.h}). A number Linux
 * may add later is read as {@link #UNKNOWN} rather than rejected.
 */
public enum TcpState {
    ESTABLISHED(0x01, "open: data flows both ways"),
    SYN_SENT(0x02, "connect() sent SYN, waiting for SYN-ACK"),
    SYN_RECV(0x03, "got SYN, sent SYN-ACK, waiting for the last ACK"),
    FIN_WAIT1(0x04, "closed first: sent FIN, waiting for its ACK"),
    FIN_WAIT2(0x05, "closed first: FIN acknowledged, waiting for the peer's FIN"),
    TIME_WAIT(0x06, "closed first and got the peer's FIN: waits 2×MSL (60 s on Linux) for stray segments"),
    CLOSE(0x07, "closed"),
    CLOSE_WAIT(0x08, "the peer closed (FIN received); waiting for this program to close()"),
    LAST_ACK(0x09, "closed second: sent FIN, waiting for the last ACK"),
    LISTEN(0x0A, "listen(): waiting for SYNs"),
    CLOSING(0x0B, "both sent FIN at once, waiting for the ACK"),
    NEW_SYN_RECV(0x0C, "a connection request still in the handshake"),
    UNKNOWN(-1, "a state this lab does not know");

    private final int code;
    private final String meaning;

    TcpState(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** The number in {@code /proc/net/tcp}. */
    public int code() {
        return code;
    }

    /** What the state means, in one short phrase. */
    public String meaning() {
        return meaning;
    }

    public static TcpState of(int code) {
        for (TcpState state : values()) {
            if (state.code == code) {
                return state;
            }
        }
        return UNKNOWN;
    }
}
