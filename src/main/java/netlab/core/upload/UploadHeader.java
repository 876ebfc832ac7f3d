package netlab.core.upload;

import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import netlab.core.bytes.FieldSpan;

/**
 * The head of one upload in the lab's small file-transfer protocol. On the wire, all numbers
 * big-endian:
 *
 * <pre>
 *   magic   4 bytes  "NLUP"
 *   version 1 byte   1
 *   flags   1 byte   bit 0: overwrite an existing file
 *   nameLen 2 bytes  length of the name in bytes (1–255)
 *   name    nameLen  UTF-8, a plain file name
 *   size    8 bytes  length of the file in bytes
 * </pre>
 *
 * The receiver answers with an {@link UploadReply}; on READY the sender writes {@code size} bytes of
 * the file and then its 32-byte SHA-256, and the receiver answers again (SAVED or a refusal). Every
 * length is checked before anything is allocated, so a garbage frame cannot make the receiver
 * reserve gigabytes.
 */
public record UploadHeader(String name, long size, boolean overwrite) {
    public static final byte[] MAGIC = {'N', 'L', 'U', 'P'};
    public static final int VERSION = 1;
    public static final int DIGEST_BYTES = 32;

    public UploadHeader {
        UploadName.check(name);
        if (size < 0) {
            throw new IllegalArgumentException("size must be >= 0, got " + size);
        }
    }

    public byte[] bytes() {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.write(MAGIC);
            out.writeByte(VERSION);
            out.writeByte(overwrite ? 1 : 0);
            out.writeShort(nameBytes.length);
            out.write(nameBytes);
            out.writeLong(size);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return buffer.toByteArray();
    }

    /** The fields of {@link #bytes()}, for an annotated hex dump. */
    public List<FieldSpan> spans() {
        int nameLength = name.getBytes(StandardCharsets.UTF_8).length;
        List<FieldSpan> spans = new ArrayList<>();
        spans.add(new FieldSpan(0, 4, "magic", "\"NLUP\""));
        spans.add(new FieldSpan(4, 1, "version", String.valueOf(VERSION)));
        spans.add(new FieldSpan(5, 1, "flags", overwrite ? "1 (overwrite)" : "0"));
        spans.add(new FieldSpan(6, 2, "name length", nameLength + " bytes"));
        spans.add(new FieldSpan(8, nameLength, "name", "\"" + name + "\""));
        spans.add(new FieldSpan(8 + nameLength, 8, "size", size + " bytes"));
        return spans;
    }

    /**
     * Reads a head, refusing a wrong magic, an unknown version, an unsafe name, or a size over
     * {@code maxSize} — before reading or reserving anything more.
     */
    public static UploadHeader read(DataInput in, long maxSize) throws IOException {
        byte[] magic = new byte[4];
        in.readFully(magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new UploadFormatException("not an upload: the first bytes are " + hex(magic) + ", expected 4e 4c 55 50 (\"NLUP\")");
        }
        int version = in.readUnsignedByte();
        if (version != VERSION) {
            throw new UploadFormatException("upload version " + version + " is not known (this receiver speaks version " + VERSION + ")");
        }
        int flags = in.readUnsignedByte();
        int nameLength = in.readUnsignedShort();
        if (nameLength < 1 || nameLength > UploadName.MAX_BYTES) {
            throw new UploadFormatException("name length " + nameLength + " is out of range (1–" + UploadName.MAX_BYTES + " bytes)");
        }
        byte[] nameBytes = new byte[nameLength];
        in.readFully(nameBytes);
        String name = new String(nameBytes, StandardCharsets.UTF_8);
        String problem = UploadName.problem(name);
        if (problem != null) {
            throw new UploadFormatException("refused file name " + netlab.core.InvalidInputException.quote(name) + ": " + problem);
        }
        long size = in.readLong();
        if (size < 0 || size > maxSize) {
            throw new UploadFormatException("size " + Long.toUnsignedString(size) + " bytes is over this receiver's limit of "
                    + maxSize + " bytes");
        }
        return new UploadHeader(name, size, (flags & 1) != 0);
    }

    private static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            sb.append(sb.length() == 0 ? "" : " ").append(String.format("%02x", b & 0xff));
        }
        return sb.toString();
    }
}
