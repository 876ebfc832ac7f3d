package netlab.core.bytes;

import java.util.List;

/**
 * What a decoder found in a packet given as bytes: the fields it recognised (for the coloured
 * dump and its legend) and, for a bad packet, what is wrong and where.
 *
 * @param protocol the protocol the bytes were read as, e.g. {@code "TFTP"}
 * @param summary  one line saying what the packet is, e.g. {@code "RRQ hello.txt (octet)"}
 * @param spans    the fields in byte order
 * @param problems what is wrong, each naming the offset and the rule broken; empty for a good packet
 */
public record Annotation(String protocol, String summary, List<FieldSpan> spans, List<String> problems) {
    public Annotation {
        spans = List.copyOf(spans);
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
