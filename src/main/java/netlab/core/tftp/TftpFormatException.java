package netlab.core.tftp;

import netlab.core.InvalidInputException;

/**
 * Bytes that are not a valid TFTP packet. The message says what is wrong and at which offset,
 * e.g. {@code RRQ: mode "mail" at offset 12 is refused (netascii or octet)}. The only exception
 * {@link TftpCodec#decode(byte[])} throws.
 */
public final class TftpFormatException extends InvalidInputException {
    private final int offset;

    public TftpFormatException(String message, int offset) {
        super(message);
        this.offset = offset;
    }

    /** The offset of the first byte that breaks the rules. */
    public int offset() {
        return offset;
    }
}
