package netlab.shell.commands.addr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import netlab.core.lesson.AnswerKinds;
import netlab.core.lesson.Question;
import netlab.core.lesson.QuizTopics;
import netlab.shell.LabRun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lessons 3–5 as the address commands see them: every "try it" command exists and runs (bad
 * input shown on purpose fails with one line), every exercise has a hint and at least four per
 * lesson, and every answer of an address kind or a generated topic is checked right by its kind.
 * (The lesson engine's catalogue test checks the whole catalogue once it lands.)
 */
class AddressLessonsTest {
    static final Path DIR = Path.of(System.getProperty("netlab.root", "."), "lessons");

    record Lesson(List<String> tryIt, List<Map<String, String>> exercises) {
    }

    static Lesson read(String name) throws IOException {
        List<String> tryIt = new ArrayList<>();
        List<Map<String, String>> exercises = new ArrayList<>();
        String fence = null;
        Map<String, String> exercise = null;
        String lastKey = null;
        for (String line : Files.readAllLines(DIR.resolve(name))) {
            if (fence == null && line.startsWith("```") && line.length() > 3) {
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
        return new Lesson(tryIt, exercises);
    }

    @ParameterizedTest
    @ValueSource(strings = {"03-ipv4-addresses.md", "04-masks-and-cidr.md", "05-subnetting-and-vlsm.md"})
    void tryItCommandsRunAndExercisesAreAnswerable(String name) throws IOException {
        Lesson lesson = read(name);
        assertThat(lesson.tryIt()).isNotEmpty();
        for (String command : lesson.tryIt()) {
            LabRun run = LabRun.of(command + "\n");
            assertThat(run.out()).as(command).isNotBlank();
            assertThat(run.err().lines().count()).as("%s fails in at most one line: %s", command, run.err()).isLessThanOrEqualTo(1);
        }
        assertThat(lesson.exercises()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(Files.exists(DIR.resolveSibling("transcripts").resolve(name.replace(".md", ".txt")))).isTrue();
        for (Map<String, String> e : lesson.exercises()) {
            assertThat(e).as(name).containsKeys("id", "kind", "question", "hint");
            assertThat(e.get("hint")).isNotBlank();
            if (e.containsKey("topic")) {
                Question q = QuizTopics.find(e.get("topic")).orElseThrow().generate(new Random(Long.parseLong(e.get("seed"))));
                assertThat(q.kind()).as(e.get("id")).isEqualTo(e.get("kind"));
                continue;
            }
            assertThat(e).containsKey("answer");
            String kind = e.get("kind");
            switch (kind) {
                case "integer" -> assertThat(e.get("answer").replace(",", "")).as(e.get("id")).matches("\\d+");
                case "choice" -> assertThat(e.get("choices")).as(e.get("id")).contains(e.get("answer") + ")");
                case "text" -> assertThat(e.get("answer")).isNotBlank();
                default -> assertThat(AnswerKinds.find(kind).orElseThrow().check(e.get("answer"), e.get("answer")).correct())
                        .as(e.get("id")).isTrue();
            }
        }
    }
}
