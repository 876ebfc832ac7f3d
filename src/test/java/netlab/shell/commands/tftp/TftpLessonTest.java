package netlab.shell.commands.tftp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import netlab.core.tftp.ErrorCode;
import netlab.core.tftp.TftpCodec;
import netlab.core.tftp.TftpFormatException;
import netlab.core.tftp.TftpPacket;
import netlab.shell.LabRun;
import org.junit.jupiter.api.Test;

/**
 * Lesson 12 as a learner meets it: every "try it" command runs, at least five exercises, each
 * with a hint and an answer its kind accepts, and the facts it teaches checked against the lab's
 * own codec (the packets quoted in hex decode to what the lesson says they are).
 */
class TftpLessonTest {
    static final Path LESSON = Path.of(System.getProperty("netlab.root", "."), "lessons", "12-tftp.md");

    record Lesson(List<String> tryIt, Map<String, Map<String, String>> exercises) {
    }

    static Lesson read() throws IOException {
        List<String> tryIt = new ArrayList<>();
        Map<String, Map<String, String>> exercises = new LinkedHashMap<>();
        String fence = null;
        Map<String, String> exercise = null;
        String lastKey = null;
        for (String line : Files.readAllLines(LESSON)) {
            if (fence == null && line.startsWith("```") && line.length() > 3) {
                fence = line.substring(3).strip();
                exercise = new LinkedHashMap<>();
            } else if (fence != null && line.equals("```")) {
                if (fence.equals("exercise")) {
                    exercises.put(exercise.get("id"), exercise);
                }
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

    @Test
    void everyExerciseHasAHintAndAnAnswerOfItsKind() throws IOException {
        Lesson lesson = read();
        assertThat(lesson.exercises()).hasSizeGreaterThanOrEqualTo(5);
        for (Map<String, String> e : lesson.exercises().values()) {
            assertThat(e).as(e.get("id")).containsKeys("id", "kind", "question", "answer", "hint");
            assertThat(e.get("hint")).isNotBlank();
            assertThat(e.get("hint")).as("the hint does not give the answer away").isNotEqualTo(e.get("answer"));
            switch (e.get("kind")) {
                case "integer" -> assertThat(e.get("answer").replace(",", "")).as(e.get("id")).matches("\\d+");
                case "choice" -> assertThat(e.get("choices")).as(e.get("id")).contains(e.get("answer") + ")");
                default -> throw new AssertionError("unexpected kind in lesson 12: " + e);
            }
        }
    }

    @Test
    void theLessonEngineParsesItAndAcceptsEveryAnswer() throws IOException {
        netlab.core.lesson.Lesson lesson = netlab.core.lesson.LessonParser.parse("12-tftp.md", Files.readString(LESSON));
        assertThat(lesson.number()).isEqualTo(12);
        assertThat(lesson.exercises()).hasSizeGreaterThanOrEqualTo(5);
        for (netlab.core.lesson.Exercise e : lesson.exercises()) {
            netlab.core.lesson.Question q = e.toQuestion();
            assertThat(netlab.core.lesson.AnswerKinds.find(q.kind()).orElseThrow().check(q.expected(), e.answer()).correct())
                    .as(e.id()).isTrue();
        }
    }

    @Test
    void thePacketsQuotedInHexAreWhatTheLessonSaysTheyAre() throws IOException {
        Lesson lesson = read();
        assertThat(answer(lesson, "decode-ack")).isEqualTo(((TftpPacket.Ack) decode(hexIn(lesson, "decode-ack"))).block());
        TftpPacket.Error error = (TftpPacket.Error) decode(hexIn(lesson, "decode-error"));
        assertThat(answer(lesson, "decode-error")).isEqualTo(error.code());
        assertThat(error.kind()).isEqualTo(ErrorCode.ACCESS_VIOLATION);
        assertThat(answer(lesson, "missing-file-code")).isEqualTo(ErrorCode.FILE_NOT_FOUND.code());
        assertThat(answer(lesson, "traversal-code")).isEqualTo(ErrorCode.ACCESS_VIOLATION.code());

        List<String> inspected = lesson.tryIt().stream().filter(c -> c.startsWith("tftp inspect ")).toList();
        assertThat(inspected).hasSize(3);
        byte[] rrq = HexFormat.ofDelimiter(" ").parseHex(inspected.get(0).substring("tftp inspect ".length()));
        assertThat(decode(rrq)).isEqualTo(new TftpPacket.ReadRequest("hello.txt", netlab.core.tftp.Mode.OCTET,
                netlab.core.tftp.TftpOptions.NONE));
        assertThat(answer(lesson, "rrq-length")).isEqualTo(rrq.length);
        String dumped = lesson.tryIt().stream().filter(c -> c.startsWith("hexdump --hex ")).findFirst().orElseThrow();
        assertThat(dumped).contains(inspected.get(0).substring("tftp inspect ".length()));
        byte[] noNul = HexFormat.ofDelimiter(" ").parseHex(inspected.get(1).substring("tftp inspect ".length()));
        try {
            TftpCodec.decode(noNul);
            throw new AssertionError("the lesson's bad packet decoded");
        } catch (TftpFormatException expected) {
            assertThat(expected.getMessage()).contains("NUL");
        }
        TftpPacket.ReadRequest withOptions = (TftpPacket.ReadRequest) decode(
                HexFormat.ofDelimiter(" ").parseHex(inspected.get(2).substring("tftp inspect ".length())));
        assertThat(withOptions.options().toString()).isEqualTo("blksize=1468 tsize=0");
    }

    @Test
    void everyTryItCommandRunsAndFailsInAtMostOneLine() throws IOException {
        Lesson lesson = read();
        assertThat(lesson.tryIt()).hasSizeGreaterThanOrEqualTo(6);
        for (String command : lesson.tryIt()) {
            LabRun run = LabRun.of(command + "\n", "--no-color");
            assertThat(run.out()).as(command).isNotBlank();
            assertThat(run.err().lines().count()).as("%s fails in at most one line: %s", command, run.err()).isLessThanOrEqualTo(1);
            if (command.startsWith("tftp get") && !command.contains("no-such-file")) {
                assertThat(run.out()).as(command).contains("saved to");
            }
        }
        assertThat(LabRun.of("tftp get no-such-file.txt\n", "--no-color").err()).contains("error 1");
    }

    @Test
    void theArithmeticOfTheBlockExercisesHolds() throws IOException {
        Lesson lesson = read();
        assertThat(answer(lesson, "last-block-1024")).isEqualTo(1024 / 512 + 1);
        assertThat(answer(lesson, "data-packets-1300")).isEqualTo(1300 / 512 + 1);
        assertThat(answer(lesson, "blksize-1468")).isEqualTo(1500 - 20 - 8 - 4);
        assertThat(answer(lesson, "oack-ack-block")).isZero();
    }

    private static int answer(Lesson lesson, String id) {
        return Integer.parseInt(lesson.exercises().get(id).get("answer").replace(",", ""));
    }

    private static byte[] hexIn(Lesson lesson, String id) {
        Matcher m = Pattern.compile("((?:[0-9a-f]{2} )+[0-9a-f]{2})").matcher(lesson.exercises().get(id).get("question"));
        assertThat(m.find()).as(id).isTrue();
        return HexFormat.ofDelimiter(" ").parseHex(m.group(1));
    }

    private static TftpPacket decode(byte[] bytes) {
        return TftpCodec.decode(bytes);
    }
}
