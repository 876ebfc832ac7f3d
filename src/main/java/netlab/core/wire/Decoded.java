package netlab.core.wire;

import java.util.List;
import java.util.Objects;
import netlab.core.bytes.FieldSpan;

/**
 * A header read from bytes: the header, how many bytes it took, what it carried, every field as a
 * span (offsets counted from the start of the bytes given to the decoder) and what is wrong with it.
 *
 * @param header       the header as read, even when it has problems
 * @param headerLength bytes the header took on the wire (for IPv4 and TCP, with options)
 * @param payload      the bytes the header carries, as far as they are present
 * @param spans        the header's fields in byte order, for {@code hexdump --annotate}
 * @param problems     what is wrong, each naming the field and the rule broken; empty when good
 * @param <H>          the header type
 */
public record Decoded<H>(H header, int headerLength, byte[] payload, List<FieldSpan> spans, List<String> problems) {
    public Decoded {
        Objects.requireNonNull(header, "header");
        payload = payload.clone();
        spans = List.copyOf(spans);
        problems = List.copyOf(problems);
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    public int payloadLength() {
        return payload.length;
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
