package netlab.net.tftp;

import java.io.IOException;
import netlab.core.tftp.TransferFailure;

/** A transfer that ended with an ERROR (from the server or our own) or ran out of retries. */
public final class TransferFailedException extends IOException {
    private final TransferFailure failure;

    public TransferFailedException(TransferFailure failure, String message) {
        super(message);
        this.failure = failure;
    }

    public TransferFailure failure() {
        return failure;
    }
}
