package netlab.core.tftp;

/** Where a transfer state machine is. */
public enum TransferState {
    /** Packets are still moving. */
    RUNNING,
    /** Every byte moved and the last block was acknowledged (or, for a receiver, acknowledged by us). */
    COMPLETE,
    /** Ended by an ERROR packet (sent or received) or by too many timeouts; see the machine's failure. */
    FAILED
}
