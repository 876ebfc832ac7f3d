package netlab.shell.commands.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import netlab.shell.LabRun;
import org.junit.jupiter.api.Test;

/** A learner's path through a lesson, driven through the real dispatcher as ./lab would run it. */
class LessonCommandsTest {
    static LabRun run(Path home, String script, String... args) {
        return LabRun.of(script.getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of("NETLAB_HOME", home.toString()), args);
    }

    @Test
    void aWrongAnswerIsExplainedAndTheSecondSuggestsAHint() {
        Path home = LabRun.stateDir();
        LabRun r = run(home, "lesson 3\nnext\nanswer 1677214\nanswer 16777215\nhint\nanswer 16,777,214\n");
        assertThat(r.out()).contains("Lesson 3 · IPv4 addresses and classes — page 1 of 4")
                .contains("✗ not quite: 1,677,214 is too small")
                .contains("Stuck? Type hint")
                .contains("hint: A class A network has 24 host bits")
                .contains("✓ right: 16,777,214")
                .contains("Exercise 3 of 7 (class-of-172)");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void progressSurvivesANewSessionWhichContinuesWhereTheLearnerLeftOff() throws Exception {
        Path home = LabRun.stateDir();
        run(home, "lesson 4\nnext\n");
        assertThat(Files.readString(home.resolve("progress.json"))).contains("\"lesson\" : 4").contains("\"page\" : 2");
        LabRun again = run(home, "lessons\nnext\n");
        assertThat(again.out()).contains("in progress (page 2 of").contains("You are at lesson 4, page 2")
                .contains("Lesson 4 · Subnet masks and CIDR — page 3 of");
        assertThat(run(home, "lesson 4\n").out()).contains("(you have read up to page 3 of this lesson before: \"page 3\" takes you there)");
    }

    @Test
    void commandsWithoutAnOpenLessonSayWhatToType() {
        LabRun r = run(LabRun.stateDir(), "answer 3\nlesson 99\npage 1\n");
        assertThat(r.err()).contains("error: no lesson is open; type \"lessons\" to see them and \"lesson 1\" to start")
                .contains("error: no lesson 99 (lessons are 1–");
        assertThat(r.err().lines().count()).isEqualTo(3);
    }

    @Test
    void skipShowsTheAnswerAndResetAsksFirst() {
        Path home = LabRun.stateDir();
        LabRun r = run(home, "lab> lesson 3\nlab> skip\nlab> progress\nlab> progress reset 3\n> n\nlab> progress reset 3\n> y\nlab> progress\n");
        assertThat(r.out()).contains("Skipped. The answer: 10000010")
                .contains("…  3  in progress   page 1 of 4, 1 of 7 exercises (1 skipped)")
                .contains("Nothing was reset.")
                .contains("Progress in lesson 3 (IPv4 addresses and classes) reset.");
        assertThat(r.out().substring(r.out().lastIndexOf("lab> progress\n"))).contains("   3  not started");
    }

    @Test
    void runRunsThePagesTryItCommandForReal() {
        LabRun r = run(LabRun.stateDir(), "lesson 3\nrun 1\n");
        assertThat(r.out()).contains("▸ ip 192.168.1.130").contains("Binary:   11000000.10101000.00000001.10000010");
    }

    @Test
    void theQuizReadsEachAnswerFromTheNextLineAndScores() {
        LabRun r = run(LabRun.stateDir(), "lab> quiz ports --seed 7 --count 3\n> rip\n> 22\n> oracle\n");
        assertThat(r.out()).contains("Question 1 of 3").contains("> rip").contains("✓ right: rip")
                .contains("✗ not quite: port 22 (ssh)").contains("the answer: 69")
                .contains("Score: 2 of 3");
        LabRun again = run(LabRun.stateDir(), "lab> quiz ports --seed 7 --count 3\n");
        assertThat(again.out()).contains("Which service listens on port 520 by default?")
                .contains("(no more answers: the quiz stops here)").contains("Score: 0 of 3 (3 not answered)");
    }

    @Test
    void aDamagedProgressFileIsSetAsideWithAWarning() throws Exception {
        Path home = LabRun.stateDir();
        Files.writeString(home.resolve("progress.json"), "{\"version\": 1, \"lessons\": {\"3\": ");
        LabRun r = run(home, "lessons\n");
        assertThat(r.err()).contains("warning: the progress file").contains("could not be read").contains("progress.json.damaged-");
        try (var files = Files.list(home)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("progress.json.damaged-"));
        }
    }

    @Test
    void aDraftFolderGivenWithLessonsIsRead() throws Exception {
        Path dir = Files.createTempDirectory(LabRun.stateDir(), "draft");
        Files.writeString(dir.resolve("01-draft.md"), "# A draft\n\nTrying.\n\n## One page\n\nHello.\n\n```lab\nports 80\n```\n");
        LabRun r = run(LabRun.stateDir(), "lessons\nlesson 1\n", "--lessons", dir.toString());
        assertThat(r.out()).contains("1  A draft").contains("Lesson 1 · A draft — page 1 of 1").contains("try it ▸ ports 80");
        Files.writeString(dir.resolve("02-bad.md"), "no title\n");
        LabRun bad = run(LabRun.stateDir(), "lessons\n", "--lessons", dir.toString());
        assertThat(bad.err()).contains("error: 02-bad.md:1: the file must start with the lesson's title");
    }

    @Test
    void transcriptShowsTheLessonsExampleSession() {
        LabRun r = run(LabRun.stateDir(), "transcript 6\ntranscript 0\ntranscript 99\n");
        assertThat(r.out()).contains("lab> lesson 6\nLesson 6 · Ports and sockets — page 1 of 4").contains("lab> help");
        assertThat(r.err()).contains("error: no lesson 99");
    }

    @Test
    void progressHasAJsonFormForTeachers() {
        Path home = LabRun.stateDir();
        run(home, "lesson 6\nanswer 65536\n");
        LabRun r = run(home, "", "progress", "--json");
        assertThat(r.out().lines().count()).isEqualTo(1);
        assertThat(r.out()).contains("\"current\":{\"lesson\":6,\"page\":1}").contains("\"how-many-ports\":\"right\"")
                .contains("\"6\":\"in progress\"").contains("\"1\":\"not started\"");
    }

    @Test
    void tryItCommandsAreHighlightedInColour() {
        var lesson = netlab.core.lesson.LessonCatalog.packaged().find(6).orElseThrow();
        java.util.List<String> lines = new netlab.shell.render.LessonView(new netlab.shell.Style(true), 80)
                .page(lesson, 1, new netlab.core.lesson.Progress());
        assertThat(lines).anyMatch(l -> l.contains("try it ▸ ") && l.contains("\u001b[1;32mports 80\u001b[0m"));
        assertThat(lines.get(0)).startsWith("\u001b[1mLesson 6 · Ports and sockets\u001b[0m");
    }

    static netlab.shell.Dispatcher session(Path home, java.io.StringWriter out) {
        java.io.PrintWriter w = new java.io.PrintWriter(out, true);
        netlab.shell.Lab lab = new netlab.shell.Lab(new netlab.shell.Console(w, w, new netlab.shell.Style(false), false, false,
                () -> 80, netlab.shell.LineInput.NONE), new netlab.shell.Lab.Options(false, false, home, java.util.Optional.empty()));
        return new netlab.shell.Dispatcher(lab);
    }

    @Test
    void twoLabsOpenAtOnceKeepEachOthersProgress() {
        Path home = LabRun.stateDir();
        java.io.StringWriter outA = new java.io.StringWriter();
        java.io.StringWriter outB = new java.io.StringWriter();
        netlab.shell.Dispatcher a = session(home, outA);
        netlab.shell.Dispatcher b = session(home, outB);
        a.run("lesson 3");
        b.run("lesson 6");
        b.run("answer 65536");
        a.run("answer 10000010");
        b.run("next");
        assertThat(outA.toString()).contains("✓ right: 10000010");
        assertThat(outB.toString()).contains("✓ right: 65,536");
        LabRun after = run(home, "progress\n");
        assertThat(after.out()).contains("…  3  in progress   page 1 of 4, 1 of 7 exercises")
                .contains("…  6  in progress   page 2 of 4, 1 of 7 exercises");
    }
}
