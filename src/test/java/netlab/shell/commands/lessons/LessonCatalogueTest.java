package netlab.shell.commands.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import netlab.core.lesson.AnswerKinds;
import netlab.core.lesson.Exercise;
import netlab.core.lesson.Lesson;
import netlab.core.lesson.LessonCatalog;
import netlab.core.lesson.Page;
import netlab.core.lesson.Question;
import netlab.shell.Console;
import netlab.shell.Dispatcher;
import netlab.shell.Lab;
import netlab.shell.LineInput;
import netlab.shell.Style;
import netlab.core.lesson.Progress;
import netlab.shell.render.DisplayWidth;
import netlab.shell.render.LessonView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole course as a teacher would check it: numbering with no gaps, every page renders at a
 * narrow and a wide terminal, every "try it" command parses against the real commands, every
 * exercise has a known kind, an answer its kind accepts and a hint, every lesson has its
 * transcript, and the lessons PRODUCT.md lists exist once their commands do.
 */
class LessonCatalogueTest {
    static final Path ROOT = Path.of(System.getProperty("netlab.root", "."));
    static LessonCatalog catalog;
    static Dispatcher dispatcher;

    /** Lesson number → the command whose arrival makes that lesson required (PRODUCT.md "Lessons"). */
    static final Map<Integer, String> LESSON_FOR_COMMAND = Map.ofEntries(
            Map.entry(1, "hostinfo"), Map.entry(2, "osi"), Map.entry(3, "ip"), Map.entry(4, "subnet"),
            Map.entry(5, "subnet split"), Map.entry(6, "ports"), Map.entry(7, "udp echo"), Map.entry(8, "tcp handshake"),
            Map.entry(9, "tcp load"), Map.entry(10, "tcp sticky"), Map.entry(11, "http"), Map.entry(12, "tftp"),
            Map.entry(13, "chat"));

    @BeforeAll
    static void load() {
        catalog = LessonCatalog.load(ROOT.resolve("lessons"));
        Lab lab = new Lab(new Console(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                new Style(false), false, false, () -> 80, LineInput.NONE),
                new Lab.Options(false, false, ROOT.resolve("target/test-state"), java.util.Optional.empty()));
        dispatcher = new Dispatcher(lab);
    }

    @Test
    void lessonsAreNumberedFromOneWithNoGaps() {
        assertThat(catalog.lessons()).isNotEmpty();
        assertThat(catalog.gaps()).as("missing lesson numbers").isEmpty();
    }

    @Test
    void theLessonsProductListsArePresentOnceTheirCommandsExist() {
        List<String> missing = new ArrayList<>();
        LESSON_FOR_COMMAND.forEach((number, command) -> {
            if (dispatcher.knows(List.of(command.split(" "))) && catalog.find(number).isEmpty()) {
                missing.add("lesson " + number + " (the \"" + command + "\" command exists)");
            }
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void everyTryItCommandParsesAgainstTheRealCommands() {
        List<String> problems = new ArrayList<>();
        for (Lesson lesson : catalog.lessons()) {
            for (Page page : lesson.pages()) {
                assertThat(page.tryIt()).allSatisfy(c -> assertThat(c).doesNotStartWith("lab>"));
                for (String command : page.tryIt()) {
                    dispatcher.parseProblem(command).ifPresent(p -> problems.add(lesson.baseName() + ": " + command + ": " + p));
                }
            }
            assertThat(lesson.pages().stream().mapToInt(p -> p.tryIt().size()).sum()).as(lesson.baseName() + " try-it commands")
                    .isPositive();
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyExerciseHasAKnownKindAValidAnswerAndAHint() {
        for (Lesson lesson : catalog.lessons()) {
            assertThat(lesson.exercises()).as(lesson.baseName() + " exercises").hasSizeGreaterThanOrEqualTo(2);
            for (Exercise exercise : lesson.exercises()) {
                String what = lesson.baseName() + " exercise " + exercise.id();
                Question q = exercise.toQuestion();
                assertThat(AnswerKinds.find(q.kind())).as(what).isPresent();
                assertThat(q.hint()).as(what).isNotBlank();
                String own = q.expected().lines().findFirst().orElseThrow().split(" \\| ")[0];
                assertThat(AnswerKinds.find(q.kind()).orElseThrow().check(q.expected(), own).correct()).as(what).isTrue();
            }
        }
    }

    @Test
    void everyPageRendersWithinANarrowAndAWideTerminal() {
        for (int width : new int[] {40, 100}) {
            LessonView view = new LessonView(new Style(false), width);
            for (Lesson lesson : catalog.lessons()) {
                for (int page = 1; page <= lesson.pages().size(); page++) {
                    List<String> lines = view.page(lesson, page, new Progress());
                    assertThat(lines).as(lesson.baseName() + " page " + page).hasSizeGreaterThan(3);
                    for (String line : lines) {
                        assertThat(DisplayWidth.of(line)).as(lesson.baseName() + " page " + page + " at " + width + ": " + line)
                                .isLessThanOrEqualTo(width);
                    }
                }
            }
        }
    }

    @Test
    void everyLessonHasItsTranscript() {
        for (Lesson lesson : catalog.lessons()) {
            assertThat(ROOT.resolve("transcripts").resolve(lesson.baseName() + ".txt")).as(lesson.baseName()).isRegularFile();
        }
    }

    @Test
    void thePackagedLessonsAreTheFolder() {
        assertThat(LessonCatalog.packaged().lessons()).extracting(Lesson::baseName)
                .containsExactlyElementsOf(catalog.lessons().stream().map(Lesson::baseName).toList());
        assertThat(Files.exists(ROOT.resolve("lessons/README.md"))).isTrue();
    }
}
