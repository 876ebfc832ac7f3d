package netlab.shell.commands.sockets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import netlab.shell.LabRun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lessons 9 and 10 as the socket commands see them: every "try it" command runs (the one that asks
 * for too many clients on purpose fails with one line), every exercise has a question, a hint and
 * an answer its kind can read, at least three per lesson, and each lesson has its transcript.
 * (The lesson engine's catalogue test checks the whole catalogue once it lands.)
 */
class SocketLessonsTest {
    static final Path DIR = Path.of(System.getProperty("netlab.root", "."), "lessons");

    @ParameterizedTest
    @ValueSource(strings = {"09-tcp-servers-and-concurrency.md", "10-sticky-packets-and-framing.md"})
    void tryItCommandsRunAndExercisesAreAnswerable(String name) throws IOException {
        List<String> tryIt = new ArrayList<>();
        List<Map<String, String>> exercises = new ArrayList<>();
        read(DIR.resolve(name), tryIt, exercises);
        assertThat(tryIt).isNotEmpty();
        for (String command : tryIt) {
            LabRun run = LabRun.of(command + "\n", "--no-color");
            assertThat(run.out()).as(command).isNotBlank();
            assertThat(run.err().lines().count()).as("%s fails in at most one line: %s", command, run.err())
                    .isLessThanOrEqualTo(1);
        }
        assertThat(exercises).hasSizeGreaterThanOrEqualTo(3);
        assertThat(DIR.resolveSibling("transcripts").resolve(name.replace(".md", ".txt"))).exists();
        for (Map<String, String> e : exercises) {
            assertThat(e).as(name).containsKeys("id", "kind", "question", "hint", "answer");
            assertThat(e.get("hint")).isNotBlank();
            switch (e.get("kind")) {
                case "integer" -> assertThat(e.get("answer").replace(",", "")).as(e.get("id")).matches("\\d+");
                case "choice" -> assertThat(e.get("choices")).as(e.get("id")).contains(e.get("answer") + ")");
                case "text" -> assertThat(e.get("answer")).isNotBlank();
                default -> throw new AssertionError("unexpected kind " + e.get("kind") + " in " + e.get("id"));
            }
        }
    }

    private static void read(Path file, List<String> tryIt, List<Map<String, String>> exercises) throws IOException {
        String fence = null;
        Map<String, String> exercise = null;
        String lastKey = null;
        for (String line : Files.readAllLines(file)) {
            if (fence == null && line.startsWith("```")) {
                fence = line.substring(3).strip();
                if (fence.equals("exercise")) {
                    exercise = new LinkedHashMap<>();
                    exercises.add(exercise);
                }
            } else if (fence != null && line.equals("```")) {
                fence = null;
            } else if ("lab".equals(fence) && !line.isBlank()) {
                tryIt.add(line.strip());
            } else if ("exercise".equals(fence)) {
                if (line.startsWith("  ") && lastKey != null) {
                    exercise.merge(lastKey, line.strip(), (a, b) -> a + "\n" + b);
                } else if (line.indexOf(':') > 0) {
                    lastKey = line.substring(0, line.indexOf(':'));
                    exercise.put(lastKey, line.substring(line.indexOf(':') + 1).strip());
                }
            }
        }
    }
}
