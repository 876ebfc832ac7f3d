package netlab.core.framing;

import java.io.IOException;

/**
 * The peer's bytes cannot be framed: a length prefix larger than the receiver accepts (a 2 GiB
 * "message" is garbage or another protocol, not something to allocate), or a line that never
 * ends. The receiver closes that connection; nothing else is affected.
 */
public final class FramingException extends IOException {
    public FramingException(String message) {
        super(message);
    }

    /** Refuses a length prefix above {@code max}; {@code length} is the prefix read as unsigned. */
    public static void checkLength(long length, int max) throws FramingException {
        if (length > max) {
            throw new FramingException(String.format("length prefix 0x%08x says %,d bytes, more than the %,d this"
                    + " receiver accepts in one message (garbage, or another protocol): connection closed", length, length, max));
        }
    }
}
