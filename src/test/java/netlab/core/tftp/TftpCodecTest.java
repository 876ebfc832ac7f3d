package netlab.core.tftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import netlab.core.bytes.Annotation;
import netlab.core.bytes.FieldSpan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TftpCodecTest {
    static byte[] hex(String h) {
        return HexFormat.of().parseHex(h.replace(" ", ""));
    }

    static Stream<TftpPacket> packets() {
        TftpOptions all = new TftpOptions(Map.of(TftpOption.BLKSIZE, 1468L, TftpOption.TIMEOUT, 6L,
                TftpOption.TSIZE, 0L, TftpOption.WINDOWSIZE, 16L));
        Stream.Builder<TftpPacket> b = Stream.builder();
        for (Mode m : Mode.values()) {
            b.add(new TftpPacket.ReadRequest("hello.txt", m, TftpOptions.NONE));
            b.add(new TftpPacket.WriteRequest("dir/upload.bin", m, all));
        }
        for (int size : new int[] {0, 1, 511, 512, 513, 65464}) {
            b.add(new TftpPacket.Data(size % 65536, new byte[size]));
        }
        b.add(new TftpPacket.Data(65535, "x".getBytes(StandardCharsets.UTF_8)));
        b.add(new TftpPacket.Ack(0));
        b.add(new TftpPacket.Ack(65535));
        for (ErrorCode c : ErrorCode.values()) {
            if (c != ErrorCode.UNKNOWN) {
                b.add(TftpPacket.Error.of(c));
            }
        }
        b.add(new TftpPacket.Error(99, ""));
        b.add(new TftpPacket.OptionAck(all));
        b.add(new TftpPacket.OptionAck(TftpOptions.NONE.with(TftpOption.BLKSIZE, 8)));
        return b.build();
    }

    @ParameterizedTest
    @MethodSource("packets")
    void everyPacketSurvivesARoundTrip(TftpPacket packet) {
        byte[] wire = packet.encode();
        assertThat(TftpCodec.decode(wire)).isEqualTo(packet);
        assertThat(TftpCodec.decode(wire).encode()).isEqualTo(wire);
        Annotation a = TftpAnnotator.INSTANCE.annotate(wire);
        assertThat(a.problems()).isEmpty();
        int covered = a.spans().stream().mapToInt(FieldSpan::length).sum();
        assertThat(covered).as("every byte belongs to a field").isEqualTo(wire.length);
    }

    @Test
    void readRequestMatchesTheRfcLayout() {
        byte[] wire = new TftpPacket.ReadRequest("a.txt", Mode.OCTET, TftpOptions.NONE.with(TftpOption.BLKSIZE, 1468)).encode();
        assertThat(HexFormat.of().formatHex(wire)).isEqualTo("0001" + "612e747874" + "00" + "6f63746574" + "00"
                + "626c6b73697a65" + "00" + "31343638" + "00");
    }

    @Test
    void theDissectionLabelsEveryFieldOfARequestWhichDecodeSkips() {
        byte[] wire = ("\0\1h\u00e9.txt\0OcTeT\0blksize\0" + "1468\0multicast\0\0").getBytes(StandardCharsets.UTF_8);
        TftpCodec.Dissection d = TftpCodec.dissect(wire);
        assertThat(d.spans()).extracting(FieldSpan::name, FieldSpan::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Opcode", "1 (RRQ)"),
                org.assertj.core.groups.Tuple.tuple("Filename", "\"h\u00e9.txt\""),
                org.assertj.core.groups.Tuple.tuple("Mode", "\"OcTeT\" (octet)"),
                org.assertj.core.groups.Tuple.tuple("Option", "\"blksize\" (" + TftpOption.BLKSIZE.meaning() + ")"),
                org.assertj.core.groups.Tuple.tuple("Value", "1468"),
                org.assertj.core.groups.Tuple.tuple("Option", "\"multicast\" (unknown, ignored)"),
                org.assertj.core.groups.Tuple.tuple("Value", "\"\""));
        assertThat(TftpCodec.decode(wire)).isEqualTo(d.packet().orElseThrow())
                .isEqualTo(new TftpPacket.ReadRequest("h\u00e9.txt", Mode.OCTET, TftpOptions.NONE.with(TftpOption.BLKSIZE, 1468)));
    }

    @Test
    void modeAndOptionNamesAreCaseInsensitiveAndUnknownOptionsAreIgnored() {
        byte[] wire = "\0\1f\0OcTeT\0BLKSIZE\0 1024\0".replace(" ", "").getBytes(StandardCharsets.US_ASCII);
        TftpPacket p = TftpCodec.decode(wire);
        assertThat(p).isEqualTo(new TftpPacket.ReadRequest("f", Mode.OCTET, TftpOptions.NONE.with(TftpOption.BLKSIZE, 1024)));
        byte[] unknown = "\0\1f\0octet\0multicast\0\0tsize\0000\0".getBytes(StandardCharsets.US_ASCII);
        TftpCodec.Dissection d = TftpCodec.dissect(unknown);
        assertThat(d.packet()).contains(new TftpPacket.ReadRequest("f", Mode.OCTET, TftpOptions.NONE.with(TftpOption.TSIZE, 0)));
        assertThat(d.ignored()).containsExactly("multicast");
    }

    @Test
    void errorCodesCarryTheRfcTexts() {
        assertThat(ErrorCode.of(1).text()).isEqualTo("File not found.");
        assertThat(ErrorCode.of(5).text()).isEqualTo("Unknown transfer ID.");
        assertThat(ErrorCode.of(2).text()).isEqualTo("Access violation.");
        assertThat(ErrorCode.of(9)).isEqualTo(ErrorCode.UNKNOWN);
        assertThat(((TftpPacket.Error) TftpCodec.decode(hex("0005 0009 00"))).code()).isEqualTo(9);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "00|a TFTP packet is at least 2 bytes (the opcode), got 1|0",
            "0007|unknown opcode 7 at offset 0|0",
            "000361|DATA too short: a DATA packet is at least 4 bytes|3",
            "0004000100|ACK is 4 bytes, got 5 (extra bytes from offset 4)|4",
            "0001 6100 6d61696c00|RRQ: mode \"mail\" at offset 4 is refused|4",
            "0001 6100 6f6374657400 626c6b73697a6500 3400|value 4 of option blksize at offset 18 is out of range (8–65464)|18",
            "0001 6100 6f6374657400 626c6b73697a6500 313030303030|RRQ: value of option \"blksize\" at offset 18 has no NUL|24",
            "0001 6100 6f6374657400 74696d656f757400 3000|value 0 of option timeout at offset 18 is out of range (1–255)|18",
            "0001 6100 6f6374657400 77696e646f7773697a6500 363535333600|value 65536 of option windowsize at offset 21|21",
            "0001 6100 6f6374657400 74696d656f757400 3100 74696d656f757400 3200|option timeout at offset 20 appears twice|20",
            "0001 6100 6f6374657400 7473697a6500 2d3100|value \"-1\" of option tsize at offset 16 is not a number|16",
            "0001 6100 6f6374657400 7473697a6500|option \"tsize\" at offset 10 has no value|16",
            "0001 6162|RRQ: filename at offset 2 has no NUL terminator (the packet ends at offset 4)|4",
            "0002 00 6f6374657400|WRQ: empty filename at offset 2|2",
            "0001 ff00 6f6374657400|filename at offset 2 is not ASCII/UTF-8 text|2",
            "0005 0001 6e6f|ERROR: error message at offset 4 has no NUL terminator|6",
            "0005 0001 00 41|ERROR: 1 unexpected bytes after the error message's NUL at offset 5|5",
            "0006|OACK carries no options|2",
    })
    void aBadPacketSaysWhatIsWrongAndWhere(String row) {
        String[] parts = row.split("\\|");
        byte[] wire = hex(parts[0]);
        assertThatThrownBy(() -> TftpCodec.decode(wire)).isInstanceOf(TftpFormatException.class)
                .hasMessageContaining(parts[1])
                .satisfies(e -> assertThat(((TftpFormatException) e).offset()).isEqualTo(Integer.parseInt(parts[2])));
        Annotation a = TftpAnnotator.INSTANCE.annotate(wire);
        assertThat(a.problems()).hasSize(1);
        assertThat(a.spans()).allSatisfy(s -> assertThat(s.end()).isLessThanOrEqualTo(wire.length));
    }

    @Test
    void dataLongerThanTheLargestBlockIsRefused() {
        byte[] wire = new byte[4 + 65465];
        wire[1] = 3;
        assertThatThrownBy(() -> TftpCodec.decode(wire)).hasMessageContaining("over the largest block size (65464)");
    }

    @Test
    void annotationNamesEveryFieldOfARequest() {
        Annotation a = TftpAnnotator.INSTANCE.annotate(
                new TftpPacket.ReadRequest("hello.txt", Mode.OCTET, TftpOptions.NONE.with(TftpOption.TSIZE, 0)).encode());
        assertThat(a.summary()).isEqualTo("RRQ hello.txt (octet) tsize=0");
        assertThat(a.spans()).extracting(FieldSpan::name).containsExactly("Opcode", "Filename", "Mode", "Option", "Value");
        assertThat(a.spans().get(0).value()).isEqualTo("1 (RRQ)");
        assertThat(a.spans().get(1).value()).isEqualTo("\"hello.txt\"");
    }

    @Test
    void netasciiConvertsLineEndsBothWays() {
        byte[] local = "a\nb\rc\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] wire = Netascii.toWire(local);
        assertThat(wire).isEqualTo("a\r\nb\r\0c\r\0\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(Netascii.fromWire(wire)).isEqualTo(local);
        Netascii.Decoder d = new Netascii.Decoder();
        byte[] first = d.decode("x\r".getBytes(StandardCharsets.US_ASCII));
        byte[] second = d.decode("\ny\r".getBytes(StandardCharsets.US_ASCII));
        assertThat(first).isEqualTo("x".getBytes(StandardCharsets.US_ASCII));
        assertThat(second).isEqualTo("\ny".getBytes(StandardCharsets.US_ASCII));
        assertThat(d.finish()).isEqualTo(new byte[] {'\r'});
    }

    @Test
    void optionsOutOfRangeCannotBeBuilt() {
        assertThatThrownBy(() -> TftpOptions.NONE.with(TftpOption.BLKSIZE, 7)).hasMessageContaining("blksize must be 8–65464");
        assertThat(List.of(TftpOption.values())).extracting(TftpOption::wireName)
                .containsExactly("blksize", "timeout", "tsize", "windowsize");
    }
}
