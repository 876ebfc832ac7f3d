package netlab.core.tftp;

import java.util.Optional;

/**
 * One side of a transfer as a state machine with no sockets: told what arrived or that the wait
 * ran out, it answers with a {@link Step}. The transport (netlab.net.tftp) owns the socket and
 * the clock.
 */
public sealed interface TransferMachine permits BlockSender, BlockReceiver {
    /** The first packets to send (an OACK, ACK 0 or the first window), possibly none. */
    Step start();

    Step onPacket(TftpPacket packet);

    /** The wait for the peer ran out: what to send again, or failure after too many retries. */
    Step onTimeout();

    TransferState state();

    Optional<TransferFailure> failure();

    TransferStats stats();

    /** Gives up from outside (e.g. the file could not be written): the ERROR to send ends the transfer. */
    Step abort(TftpPacket.Error error);
}
