package netlab.core.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TranscriptMatchTest {
    @Test
    void inputIsTheCommandAndAnswerLines() {
        Transcript t = Transcript.parse("lab> quiz ports\nQ1?\n> 22\nright\nlab> exit\n");
        assertThat(t.input()).isEqualTo("lab> quiz ports\n> 22\nlab> exit\n");
        assertThat(t.commands()).containsExactly("quiz ports", "exit");
    }

    @Test
    void placeholdersMatchTheirKindAndLabelsMustAgree() {
        Transcript t = Transcript.parse("lab> udp echo\nserver on 127.0.0.1:{{port:s}}\nreply from {{port:s}} in {{time}}\n");
        assertThat(t.mismatch("lab> udp echo\nserver on 127.0.0.1:40000\nreply from 40000 in 0.31 ms\n")).isEmpty();
        assertThat(t.mismatch("lab> udp echo\nserver on 127.0.0.1:40000\nreply from 40001 in 0.31 ms\n"))
                .get().asString().contains("transcript line 3").contains("40001");
        assertThat(t.mismatch("lab> udp echo\nserver on 127.0.0.1:abc\nreply from 1 in 1 ms\n")).isPresent();
    }

    @Test
    void anyLinesSkipsToTheNextExpectedLine() {
        Transcript t = Transcript.parse("lab> x\n{{...}}\nend {{n}}\n");
        assertThat(t.mismatch("lab> x\na\nb\nend 3\n")).isEmpty();
        assertThat(t.mismatch("lab> x\nend 3\n")).isEmpty();
        assertThat(t.mismatch("lab> x\na\n")).isPresent();
    }

    @Test
    void extraOrMissingOutputIsReported() {
        Transcript t = Transcript.parse("lab> x\none\n");
        assertThat(t.mismatch("lab> x\none\ntwo\n")).get().asString().contains("goes on past the end");
        assertThat(t.mismatch("lab> x\n")).get().asString().contains("output ended");
    }

    @Test
    void unknownPlaceholderIsRefused() {
        assertThatThrownBy(() -> Transcript.parse("{{colour}}\n")).hasMessageContaining("unknown placeholder {{colour}}");
    }
}
