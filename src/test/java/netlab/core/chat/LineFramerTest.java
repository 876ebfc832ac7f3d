package netlab.core.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class LineFramerTest {
    @Test
    void oneReadMayHoldSeveralLinesAndHalfOfTheNext() throws Exception {
        LineFramer framer = new LineFramer();
        byte[] bytes = "hi\nthere\r\nhal".getBytes(StandardCharsets.UTF_8);
        List<LineFramer.Line> lines = framer.feed(bytes, 0, bytes.length);
        assertThat(lines).extracting(LineFramer.Line::text).containsExactly("hi", "there");
        assertThat(framer.pending()).isEqualTo(3);
        byte[] rest = "f\n".getBytes(StandardCharsets.UTF_8);
        assertThat(framer.feed(rest, 0, rest.length)).extracting(LineFramer.Line::text).containsExactly("half");
    }

    @RepeatedTest(20)
    void anySplitOfTheStreamGivesTheSameLines(RepetitionInfo info) throws Exception {
        Random random = new Random(info.getCurrentRepetition());
        List<String> sent = new ArrayList<>();
        StringBuilder stream = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            String s = "msg " + i + " 你好".repeat(random.nextInt(4));
            sent.add(s);
            stream.append(s).append('\n');
        }
        byte[] bytes = stream.toString().getBytes(StandardCharsets.UTF_8);
        LineFramer framer = new LineFramer();
        List<String> got = new ArrayList<>();
        for (int at = 0; at < bytes.length; ) {
            int n = Math.min(bytes.length - at, 1 + random.nextInt(40));
            framer.feed(bytes, at, n).forEach(l -> got.add(l.text()));
            at += n;
        }
        assertThat(got).isEqualTo(sent);
    }

    @Test
    void aLineLongerThanTheLimitIsRefused() {
        LineFramer framer = new LineFramer(16);
        byte[] bytes = new byte[100];
        assertThatThrownBy(() -> framer.feed(bytes, 0, bytes.length)).isInstanceOf(LineFramer.LineTooLongException.class)
                .hasMessage("a line passed 16 bytes without a newline");
        assertThat(framer.pending()).isZero();
    }
}
