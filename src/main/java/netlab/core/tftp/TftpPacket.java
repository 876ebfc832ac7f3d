package netlab.core.tftp;

import java.util.Arrays;
import java.util.Objects;

/**
 * One TFTP packet (RFC 1350 section 5, OACK from RFC 2347). The six kinds are records; every
 * consumer switches over them with no {@code default}, so a new kind breaks the build until it is
 * handled. Packets know nothing of addresses: the transfer ID (the port) travels beside them.
 * {@link TftpCodec#decode(byte[])} reads one; {@link #encode()} writes one.
 */
public sealed interface TftpPacket {
    /** The largest DATA payload an option can ask for (RFC 2348: blksize at most 65464). */
    int MAX_BLOCK = 65464;
    /** The block size without a blksize option (RFC 1350). */
    int DEFAULT_BLOCK = 512;

    Opcode opcode();

    /** The bytes on the wire. */
    default byte[] encode() {
        return TftpCodec.encode(this);
    }

    /** A request: RRQ or WRQ. */
    sealed interface Request extends TftpPacket {
        String filename();

        Mode mode();

        TftpOptions options();
    }

    /** RRQ: | 01 | filename | 0 | mode | 0 | [option | 0 | value | 0]… */
    record ReadRequest(String filename, Mode mode, TftpOptions options) implements Request {
        public ReadRequest {
            checkName(filename);
            Objects.requireNonNull(mode, "mode");
            Objects.requireNonNull(options, "options");
        }

        @Override
        public Opcode opcode() {
            return Opcode.RRQ;
        }
    }

    /** WRQ: | 02 | filename | 0 | mode | 0 | [option | 0 | value | 0]… */
    record WriteRequest(String filename, Mode mode, TftpOptions options) implements Request {
        public WriteRequest {
            checkName(filename);
            Objects.requireNonNull(mode, "mode");
            Objects.requireNonNull(options, "options");
        }

        @Override
        public Opcode opcode() {
            return Opcode.WRQ;
        }
    }

    /**
     * DATA: | 03 | block | payload (0 to blksize bytes) |. A payload shorter than the block size
     * ends the transfer; block numbers count from 1 and roll over from 65535 to 0.
     */
    record Data(int block, byte[] payload) implements TftpPacket {
        public Data {
            checkBlock(block);
            if (payload.length > MAX_BLOCK) {
                throw new IllegalArgumentException("DATA payload is at most " + MAX_BLOCK + " bytes, got " + payload.length);
            }
            payload = payload.clone();
        }

        @Override
        public Opcode opcode() {
            return Opcode.DATA;
        }

        @Override
        public byte[] payload() {
            return payload.clone();
        }

        public int length() {
            return payload.length;
        }

        /**
         * The payload itself, for the machines of this package: a receiver hands it on to be
         * written, which only reads it, so the block is not copied once more on its way to the file.
         */
        byte[] shared() {
            return payload;
        }

        /** The packet as sent: opcode, block, payload (one copy, for the transfer's hot path). */
        byte[] wire() {
            byte[] out = new byte[4 + payload.length];
            out[1] = 3;
            out[2] = (byte) (block >>> 8);
            out[3] = (byte) block;
            System.arraycopy(payload, 0, out, 4, payload.length);
            return out;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Data d && d.block == block && Arrays.equals(d.payload, payload);
        }

        @Override
        public int hashCode() {
            return 31 * block + Arrays.hashCode(payload);
        }

        @Override
        public String toString() {
            return "Data[block=" + block + ", " + payload.length + " bytes]";
        }
    }

    /** ACK: | 04 | block |. Block 0 acknowledges a WRQ (or an OACK, RFC 2347). */
    record Ack(int block) implements TftpPacket {
        public Ack {
            checkBlock(block);
        }

        @Override
        public Opcode opcode() {
            return Opcode.ACK;
        }
    }

    /** ERROR: | 05 | error code | message | 0 |. It ends the transfer and is never acknowledged. */
    record Error(int code, String message) implements TftpPacket {
        public Error {
            if (code < 0 || code > 0xffff) {
                throw new IllegalArgumentException("error code is 0–65535, got " + code);
            }
            if (message.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("an error message cannot contain NUL");
            }
        }

        /** An ERROR with the RFC's text for {@code code}. */
        public static Error of(ErrorCode code) {
            return new Error(code.code(), code.text());
        }

        public static Error of(ErrorCode code, String message) {
            return new Error(code.code(), message);
        }

        public ErrorCode kind() {
            return ErrorCode.of(code);
        }

        @Override
        public Opcode opcode() {
            return Opcode.ERROR;
        }
    }

    /** OACK: | 06 | option | 0 | value | 0 | … — the options the server accepted (RFC 2347). */
    record OptionAck(TftpOptions options) implements TftpPacket {
        public OptionAck {
            Objects.requireNonNull(options, "options");
        }

        @Override
        public Opcode opcode() {
            return Opcode.OACK;
        }
    }

    private static void checkName(String filename) {
        if (filename.isEmpty()) {
            throw new IllegalArgumentException("a filename cannot be empty");
        }
        if (filename.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("a filename cannot contain NUL");
        }
    }

    private static void checkBlock(int block) {
        if (block < 0 || block > 0xffff) {
            throw new IllegalArgumentException("block number is 0–65535, got " + block);
        }
    }
}
