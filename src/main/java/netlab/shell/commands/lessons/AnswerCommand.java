package netlab.shell.commands.lessons;

import java.util.List;
import netlab.core.lesson.AnswerKinds;
import netlab.core.lesson.Exercise;
import netlab.core.lesson.Lesson;
import netlab.core.lesson.Progress;
import netlab.core.lesson.Question;
import netlab.core.lesson.Verdict;
import netlab.shell.CommandFailedException;
import netlab.shell.Lab;
import netlab.shell.LabCommand;
import netlab.shell.Style;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "answer", mixinStandardHelpOptions = true,
        description = {"Answer the open exercise of this page. Answers are checked by meaning:",
            "16,777,214 = 16777214, ::1 = 0:0:0:0:0:0:0:1, /24 = 255.255.255.0, http = 80, b = the text of choice b."},
        footer = {"", "Examples:", "  answer 16777214", "  answer b", "  answer ssh"})
public final class AnswerCommand extends LabCommand {
    @Parameters(paramLabel = "VALUE", arity = "1..*", description = "Your answer (several words are joined).")
    List<String> words;

    AnswerCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() {
        LessonSession session = LessonSession.of(lab);
        Lesson lesson = session.requireLesson();
        Exercise exercise = session.openExercise().orElseThrow(() -> noOpenExercise(session, lesson));
        Question q = exercise.toQuestion();
        Verdict verdict = AnswerKinds.find(q.kind()).orElseThrow().check(q.expected(), String.join(" ", words));
        Style s = style();
        if (!verdict.correct()) {
            printVerdict(s.error("✗ "), verdict);
            if (session.wrongAnswer(exercise) >= 2) {
                println("Stuck? Type " + s.command("hint") + " for a nudge, or " + s.command("skip") + " to see the answer.");
            }
            return 0;
        }
        printVerdict(s.ok("✓ "), verdict);
        if (!q.explanation().isBlank()) {
            println(q.explanation());
        }
        session.record(exercise, Progress.Outcome.RIGHT);
        afterExercise(lab, session, lesson);
        return 0;
    }

    private void printVerdict(String mark, Verdict verdict) {
        List<String> lines = verdict.explanation().isEmpty() ? List.of("") : verdict.explanation();
        println(mark + lines.get(0));
        lines.stream().skip(1).forEach(l -> println("  " + l));
    }

    /** Shows the next open exercise of the page, or says where to go on. */
    static void afterExercise(Lab lab, LessonSession session, Lesson lesson) {
        Style s = lab.console().style();
        var next = session.openExercise();
        if (next.isPresent()) {
            lab.console().println("");
            Pages.printQuestion(lab, next.get(), lesson);
            return;
        }
        if (session.progress().status(lesson) == Progress.Status.DONE) {
            lab.console().println(s.ok("Lesson " + lesson.number() + " done.") + " Type " + s.command("next") + " to go on.");
        } else if (session.page() < lesson.pages().size()) {
            lab.console().println("This page is done. Type " + s.command("next") + " for page " + (session.page() + 1) + ".");
        } else {
            List<Integer> open = session.pagesWithOpenExercises();
            lab.console().println("This page is done; page " + open.get(0) + " still has an exercise (" + s.command("page " + open.get(0)) + ").");
        }
    }

    static CommandFailedException noOpenExercise(LessonSession session, Lesson lesson) {
        List<Integer> open = session.pagesWithOpenExercises();
        if (open.isEmpty()) {
            return new CommandFailedException("every exercise of lesson " + lesson.number() + " is done; \"next\" goes on");
        }
        return new CommandFailedException("no open exercise on this page; page " + open.get(0) + " has one (type \"page "
                + open.get(0) + "\")");
    }
}
