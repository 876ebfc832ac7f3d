package netlab.core.bytes;

import java.util.Objects;

/**
 * One named field of a packet: where its bytes are, what it is called, and what its value means.
 * Decoders return a list of spans so the hex dump can colour each field and print a legend.
 *
 * @param offset first byte of the field, counted from the start of the dumped bytes
 * @param length number of bytes (at least 1)
 * @param name   short field name as the RFC spells it, e.g. {@code "Opcode"}
 * @param value  the decoded value with its meaning, e.g. {@code "1 (RRQ)"}
 */
public record FieldSpan(int offset, int length, String name, String value) {
    public FieldSpan {
        if (offset < 0) {
            throw new IllegalArgumentException("field offset must be >= 0, got " + offset);
        }
        if (length < 1) {
            throw new IllegalArgumentException("field length must be >= 1, got " + length);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    /** The offset just past the last byte of the field. */
    public int end() {
        return offset + length;
    }

    /** True when byte {@code index} belongs to this field. */
    public boolean covers(int index) {
        return index >= offset && index < end();
    }

    /** The same field moved by {@code delta} bytes, for a header that sits inside a larger frame. */
    public FieldSpan shift(int delta) {
        return new FieldSpan(offset + delta, length, name, value);
    }
}
