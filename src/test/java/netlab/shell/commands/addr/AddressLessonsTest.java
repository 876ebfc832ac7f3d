package netlab.shell.commands.addr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import netlab.core.lesson.AnswerKinds;
import netlab.core.lesson.Exercise;
import netlab.core.lesson.Lesson;
import netlab.core.lesson.LessonParser;
import netlab.core.lesson.Question;
import netlab.shell.LabRun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lessons 3–5 as the address commands see them, read by the lesson engine: every "try it" command
 * exists and runs (bad input shown on purpose fails with one line), every exercise has a hint and
 * there are at least four per lesson, and every answer (fixed or generated) is accepted by its kind.
 * The engine's LessonCatalogueTest checks the rest of the catalogue.
 */
class AddressLessonsTest {
    static final Path DIR = Path.of(System.getProperty("netlab.root", "."), "lessons");

    @ParameterizedTest
    @ValueSource(strings = {"03-ipv4-addresses.md", "04-masks-and-cidr.md", "05-subnetting-and-vlsm.md"})
    void tryItCommandsRunAndExercisesAreAnswerable(String name) throws IOException {
        Lesson lesson = LessonParser.parse(name, Files.readString(DIR.resolve(name)));
        List<String> tryIt = lesson.pages().stream().flatMap(p -> p.tryIt().stream()).toList();
        assertThat(tryIt).isNotEmpty();
        for (String command : tryIt) {
            LabRun run = LabRun.of(command + "\n");
            assertThat(run.out()).as(command).isNotBlank();
            assertThat(run.err().lines().count()).as("%s fails in at most one line: %s", command, run.err()).isLessThanOrEqualTo(1);
        }
        assertThat(lesson.exercises()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(Files.exists(DIR.resolveSibling("transcripts").resolve(name.replace(".md", ".txt")))).isTrue();
        for (Exercise e : lesson.exercises()) {
            Question q = e.toQuestion();
            assertThat(q.hint()).as(e.id()).isNotBlank();
            String own = q.expected().lines().findFirst().orElseThrow().split(" \\| ")[0];
            assertThat(AnswerKinds.find(q.kind()).orElseThrow().check(q.expected(), own).correct()).as(e.id()).isTrue();
        }
    }
}
