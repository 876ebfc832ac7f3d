package netlab.core.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import netlab.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UploadHeaderTest {
    private static UploadHeader read(byte[] bytes, long max) throws IOException {
        return UploadHeader.read(new DataInputStream(new ByteArrayInputStream(bytes)), max);
    }

    @Test
    void headRoundTripsAndItsSpansCoverEveryByte() throws IOException {
        UploadHeader header = new UploadHeader("報告.pdf", 123_456_789_012L, true);
        assertThat(read(header.bytes(), Long.MAX_VALUE)).isEqualTo(header);
        assertThat(header.spans().stream().mapToInt(s -> s.length()).sum()).isEqualTo(header.bytes().length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "..", "../etc/passwd", "/etc/passwd", "a/b", "a\\b", "C:evil", "nul\0byte", "line\nbreak"})
    void namesThatCouldLeaveTheFolderAreRefused(String name) {
        assertThatThrownBy(() -> UploadName.check(name)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("refused file name");
    }

    @Test
    void plainNamesPass() {
        assertThat(UploadName.check("..hidden")).isEqualTo("..hidden");
        assertThat(UploadName.check("notes v2.txt")).isEqualTo("notes v2.txt");
    }

    @Test
    void garbageMagicIsRefusedNamingTheBytes() {
        byte[] http = "GET / HTTP/1.1\r\n\r\n".getBytes();
        assertThatThrownBy(() -> read(http, 100)).isInstanceOf(UploadFormatException.class)
                .hasMessage("not an upload: the first bytes are 47 45 54 20, expected 4e 4c 55 50 (\"NLUP\")");
    }

    @Test
    void aSizeOfTwoGibibytesOverTheLimitIsRefusedBeforeAnythingIsReserved() {
        byte[] head = new UploadHeader("big.bin", 1L << 31, false).bytes();
        assertThatThrownBy(() -> read(head, 1L << 30)).isInstanceOf(UploadFormatException.class)
                .hasMessage("size 2147483648 bytes is over this receiver's limit of 1073741824 bytes");
        ByteBuffer negative = ByteBuffer.wrap(head.clone());
        negative.putLong(head.length - 8, -1L);
        assertThatThrownBy(() -> read(negative.array(), Long.MAX_VALUE))
                .hasMessageStartingWith("size 18446744073709551615 bytes is over");
    }

    @Test
    void aNameLengthOfSixtyFiveThousandIsRefused() {
        byte[] head = {'N', 'L', 'U', 'P', 1, 0, (byte) 0xff, (byte) 0xff};
        assertThatThrownBy(() -> read(head, 100)).hasMessage("name length 65535 is out of range (1–255 bytes)");
    }

    @Test
    void aTraversalNameOnTheWireIsRefused() {
        byte[] name = "../x".getBytes();
        ByteBuffer b = ByteBuffer.allocate(8 + name.length + 8);
        b.put(UploadHeader.MAGIC).put((byte) 1).put((byte) 0).putShort((short) name.length).put(name).putLong(1);
        assertThatThrownBy(() -> read(b.array(), 100)).isInstanceOf(UploadFormatException.class)
                .hasMessageContaining("path separator");
    }

    @Test
    void replyRoundTrips() throws IOException {
        UploadReply reply = new UploadReply(UploadReply.Status.EXISTS, "a.txt already exists");
        assertThat(UploadReply.read(new DataInputStream(new ByteArrayInputStream(reply.bytes())))).isEqualTo(reply);
    }
}
