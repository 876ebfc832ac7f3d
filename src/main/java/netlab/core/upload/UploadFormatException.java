package netlab.core.upload;

import java.io.IOException;

/** Bytes that are not an upload frame, or a frame this receiver refuses; the message is one line. */
public final class UploadFormatException extends IOException {
    public UploadFormatException(String message) {
        super(message);
    }
}
