package netlab.net.tcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import netlab.core.framing.Framing;
import netlab.core.traffic.TrafficLog;
import netlab.net.NetProbe;
import netlab.net.Scope;
import org.junit.jupiter.api.Test;

class StickyDemoTest {
    @Test
    void theLengthFramedReceiverRefusesATwoGibibytePrefixWithOneLine() throws Exception {
        try (Scope scope = new Scope()) {
            StickyDemo.Result r = new StickyDemo(scope, new TrafficLog())
                    .send(List.of(new byte[] {(byte) 0x80, 0, 0, 0, 'h', 'i'}), Framing.LENGTH, 1024);
            assertThat(r.failure()).startsWith("length prefix 0x80000000 says 2,147,483,648 bytes");
            assertThat(r.reads()).singleElement().satisfies(read -> assertThat(read.messages()).isEmpty());
        }
    }

    @Test
    void aStreamThatEndsMidMessageIsSaid() throws Exception {
        try (Scope scope = new Scope()) {
            StickyDemo.Result r = new StickyDemo(scope, new TrafficLog())
                    .send(List.of(new byte[] {0, 0, 0, 9, 'h', 'i'}), Framing.LENGTH, 1024);
            assertThat(r.failure()).isEqualTo("the stream ended in the middle of a message");
        }
    }

    @Test
    void readsCoverTheStreamInOrderWhateverTheBuffer() throws Exception {
        for (int buffer : new int[] {1, 3, 9, 10, 1024}) {
            try (Scope scope = new Scope()) {
                StickyDemo.Result r = new StickyDemo(scope, new TrafficLog())
                        .run(List.of("one", "two", "three"), Framing.LINE, buffer);
                assertThat(r.reads().stream().flatMap(read -> read.messages().stream())).containsExactly("one", "two", "three");
                long offset = 0;
                for (StickyDemo.Read read : r.reads()) {
                    assertThat(read.offset()).isEqualTo(offset);
                    assertThat(read.bytes().length).isLessThanOrEqualTo(buffer);
                    offset += read.bytes().length;
                }
                assertThat(offset).isEqualTo(14);
            }
        }
    }

    @Test
    void aRunLeavesNothingBehind() throws Exception {
        run();
        Set<String> threads = NetProbe.threads();
        long fds = NetProbe.descriptors();
        run();
        assertThat(NetProbe.threads()).isEqualTo(threads);
        assertThat(NetProbe.descriptors()).isEqualTo(fds);
    }

    private static void run() throws Exception {
        try (Scope scope = new Scope()) {
            new StickyDemo(scope, new TrafficLog()).run(List.of("a", "b"), Framing.NONE, 1);
        }
    }
}
