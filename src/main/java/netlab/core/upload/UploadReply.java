package netlab.core.upload;

import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The receiver's answer in the upload protocol: a status byte, a 2-byte length and a UTF-8
 * message. READY after a head it accepts; SAVED after the file, when the checksum matched; any
 * other status refuses, and the message says why.
 */
public record UploadReply(Status status, String message) {
    /** The status byte's values. */
    public enum Status {
        READY(0), SAVED(1), REFUSED(2), EXISTS(3), CHECKSUM_MISMATCH(4), FAILED(5), UNKNOWN(255);

        private final int code;

        Status(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }

        public static Status of(int code) {
            for (Status s : values()) {
                if (s.code == code) {
                    return s;
                }
            }
            return UNKNOWN;
        }
    }

    public static final int MAX_MESSAGE = 1024;

    public byte[] bytes() {
        byte[] text = message.getBytes(StandardCharsets.UTF_8);
        int n = Math.min(text.length, MAX_MESSAGE);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.writeByte(status.code());
            out.writeShort(n);
            out.write(text, 0, n);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return buffer.toByteArray();
    }

    public static UploadReply read(DataInput in) throws IOException {
        Status status = Status.of(in.readUnsignedByte());
        int n = in.readUnsignedShort();
        if (n > MAX_MESSAGE) {
            throw new UploadFormatException("a reply message of " + n + " bytes (at most " + MAX_MESSAGE + ")");
        }
        byte[] text = new byte[n];
        in.readFully(text);
        return new UploadReply(status, new String(text, StandardCharsets.UTF_8));
    }
}
