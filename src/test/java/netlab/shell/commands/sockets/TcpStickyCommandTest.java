package netlab.shell.commands.sockets;

import static org.assertj.core.api.Assertions.assertThat;

import netlab.shell.LabRun;
import org.junit.jupiter.api.Test;

class TcpStickyCommandTest {
    @Test
    void withoutFramingFourWritesArriveAsOneRead() {
        LabRun run = LabRun.of("", "--no-color", "tcp", "sticky");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("read 1 returned 36 bytes: write 1, write 2, write 3, write 4 (merged)")
                .contains("4 writes, 1 read: the receiver got bytes, not messages")
                .doesNotContain("read 2 returned");
    }

    @Test
    void aSmallBufferSplitsAMessageAcrossReads() {
        LabRun run = LabRun.of("", "--no-color", "tcp", "sticky", "--messages", "2", "--buffer", "5");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("read 1 returned 5 bytes: part of write 1 (split)")
                .contains("read 2 returned 5 bytes: part of write 1, part of write 2 (merged)")
                .contains("\"m\" (start, bytes 0–0 of 9)");
    }

    @Test
    void aLengthPrefixShowsInTheHexAndEveryMessageComesBackWhole() {
        LabRun run = LabRun.of("", "--no-color", "tcp", "sticky", "--framing", "length", "--messages", "3", "--buffer", "6");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("00000000  00 00 00 09 6d 65")
                .contains("length     9 (0x00000009)")
                .contains("→ whole messages: \"message 1\"")
                .contains("→ whole messages: \"message 3\"")
                .contains("3 writes, 7 reads, 3 whole messages");
    }

    @Test
    void aNewlineDelimiterEndsEachMessage() {
        LabRun run = LabRun.of("", "--no-color", "tcp", "sticky", "--framing", "line");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("read 1 returned 40 bytes")
                .contains("newline    0x0a ends message 4")
                .contains("→ whole messages: \"message 1\", \"message 2\", \"message 3\", \"message 4\"");
    }
}
