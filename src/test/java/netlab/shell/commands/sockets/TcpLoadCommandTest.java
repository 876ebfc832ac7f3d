package netlab.shell.commands.sockets;

import static org.assertj.core.api.Assertions.assertThat;

import netlab.core.load.LoadFit;
import netlab.net.load.HostLimits;
import netlab.shell.LabRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TcpLoadCommandTest {
    @Test
    void aSmallRunPrintsEveryFigureAndNoErrors() {
        LabRun run = LabRun.of("", "--no-color", "tcp", "load", "--clients", "20", "--messages", "3", "--model", "nio");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("tcp load: 20 clients × 3 messages × 64 bytes on 127.0.0.1")
                .contains("server: one selector thread for all connections")
                .contains("connected    20 of 20 clients at once")
                .contains("echoed       60 messages, 3,840 bytes checked")
                .contains("threads      server 1 platform at once")
                .contains("errors       0");
        assertThat(run.out()).containsPattern("latency      p50 [0-9.]+ (µs|ms|s) · p99 ");
    }

    @Test
    void compareRunsTheThreeModelsOnTheSameLoad() {
        LabRun run = LabRun.of("", "--no-color", "tcp", "load", "--clients", "10", "--messages", "2", "--compare");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out().lines().filter(l -> l.matches("(platform|virtual|nio) +20 +0 .*"))).hasSize(3);
        // the peak of virtual server threads depends on timing (a connection may end before the last
        // one is accepted); it is at least one and never more than the clients
        assertThat(run.out()).containsPattern(" ([1-9]|10) virtual ").contains(" 1 OS");
    }

    @Test
    void moreClientsThanFitSayWhichLimitAndTheLargestThatFits() {
        LoadFit.Answer fit = HostLimits.read().largest(false);
        int asked = fit.clients() + 1;
        LabRun run = LabRun.of("", "--no-color", "tcp", "load", "--clients", String.valueOf(asked), "--model", "nio");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().satisfies(l -> assertThat(l)
                .startsWith(String.format("error: %,d clients do not fit: the ", asked))
                .containsPattern("fit: the (descriptor limit|ephemeral port range|thread limit) ")
                .containsPattern("allows at most [0-9,]+$"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            tcp load --model fibers         | not a server model: "fibers" (use platform, virtual or nio)
            tcp load --clients 0            | --clients must be at least 1, got 0
            tcp load --messages 0           | --messages must be at least 1, got 0
            tcp load --size 2000000         | --size must be 1–1,048,576 bytes (the server's largest message), got 2,000,000
            tcp load --timeout 0            | --timeout must be 1–3600 seconds, got 0
            tcp load --clients 9000 --messages 1000 | 9,000 clients × 1,000 messages is 9,000,000 round trips; one run times at most 4,000,000 (use fewer clients or messages)
            tcp sticky --framing xml        | not a framing: "xml" (use none, line or length)
            tcp sticky --messages 51        | --messages must be 1–50, got 51
            tcp sticky --buffer 0           | --buffer must be 1–65536 bytes, got 0
            """)
    void badInputIsOneLine(String line, String message) {
        LabRun run = LabRun.of("", ("--no-color " + line.strip()).split(" "));
        assertThat(run.status()).isNotZero();
        assertThat(run.err()).isEqualTo("error: " + message + "\n");
    }
}
