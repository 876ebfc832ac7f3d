package netlab.shell.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import netlab.core.bytes.FieldSpan;
import netlab.core.bytes.HexDump;
import netlab.shell.Style;
import org.junit.jupiter.api.Test;

class HexRendererTest {
    static final byte[] RRQ = "\u0000\u0001hello.txt\u0000octet\u0000".getBytes(StandardCharsets.US_ASCII);
    static final List<FieldSpan> SPANS = List.of(
            new FieldSpan(0, 2, "Opcode", "1 (RRQ)"),
            new FieldSpan(2, 10, "Filename", "\"hello.txt\" + NUL"),
            new FieldSpan(12, 6, "Mode", "\"octet\" + NUL"));

    @Test
    void withoutColourTheDumpIsExactlyHexdumpC() {
        assertThat(new HexRenderer(new Style(false)).dump(RRQ, SPANS)).isEqualTo(HexDump.of(RRQ));
    }

    @Test
    void withColourEachFieldHasItsOwnColour() {
        String coloured = new HexRenderer(new Style(true)).dump(RRQ, SPANS);
        assertThat(Style.strip(coloured)).isEqualTo(HexDump.of(RRQ));
        assertThat(coloured).contains("\u001b[36m00\u001b[0m").contains("\u001b[33m68\u001b[0m").contains("\u001b[32m6f\u001b[0m");
    }

    @Test
    void legendListsRangeNameAndValue() {
        assertThat(new HexRenderer(new Style(false)).legend(SPANS)).isEqualTo("""
                  [0-1]    Opcode    1 (RRQ)
                  [2-11]   Filename  "hello.txt" + NUL
                  [12-17]  Mode      "octet" + NUL
                """);
    }

    @Test
    void spanRejectsNonsense() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FieldSpan(-1, 1, "x", "y"))
                .hasMessageContaining(">= 0");
        assertThat(new FieldSpan(2, 3, "x", "y").shift(14)).isEqualTo(new FieldSpan(16, 3, "x", "y"));
    }
}
