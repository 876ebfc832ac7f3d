package netlab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import netlab.core.transcript.Transcript;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Replays every transcript under transcripts/ through the real dispatcher, with real sockets. */
class TranscriptTest {
    static final Path DIR = Path.of(System.getProperty("netlab.root", "."), "transcripts");

    static List<Path> transcripts() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.getFileName().toString().matches("\\d\\d-.*\\.txt")).sorted().toList();
        }
    }

    @Test
    void thereIsAtLeastTheShellTranscript() throws IOException {
        assertThat(transcripts()).extracting(p -> p.getFileName().toString()).contains("00-shell.txt");
    }

    @TestFactory
    Stream<DynamicTest> everyTranscriptReplays() throws IOException {
        return transcripts().stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
            Transcript transcript = Transcript.parse(Files.readString(path));
            LabRun run = LabRun.of(transcript.input());
            transcript.mismatch(run.both()).ifPresent(report -> {
                throw new AssertionError(path + ": " + report);
            });
        }));
    }
}
