package netlab.core.wire;

import netlab.core.InvalidInputException;

/**
 * Bytes that cannot be read as the header or file asked for at all, e.g. an IPv4 header shorter
 * than its 20 fixed bytes or a pcap file with an unknown magic number. Problems that still leave a
 * readable header (a bad checksum, a length that disagrees) are not thrown: decoders list them in
 * {@link Decoded#problems()}. This is the only exception the decoders of this package throw.
 */
public final class WireFormatException extends InvalidInputException {
    public WireFormatException(String message) {
        super(message);
    }
}
