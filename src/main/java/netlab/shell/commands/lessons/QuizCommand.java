package netlab.shell.commands.lessons;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import netlab.core.InvalidInputException;
import netlab.core.lesson.AnswerKinds;
import netlab.core.lesson.Progress;
import netlab.core.lesson.Question;
import netlab.core.lesson.QuizTopic;
import netlab.core.lesson.QuizTopics;
import netlab.core.lesson.Verdict;
import netlab.shell.Lab;
import netlab.shell.LabCommand;
import netlab.shell.Style;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "quiz", mixinStandardHelpOptions = true,
        description = {"Practice questions on one topic, checked as you answer, with a score at the end.",
            "The same --seed gives the same questions on every machine, so a class can share one.",
            "Without a topic, lists the topics. Outside a terminal each answer is the next input line."},
        footer = {"", "Examples:", "  quiz ports", "  quiz mask --count 10 --seed 42", "  quiz"})
public final class QuizCommand extends LabCommand {
    @Parameters(paramLabel = "TOPIC", arity = "0..1", completionCandidates = TopicNames.class, description = "What to practise (\"quiz\" alone lists the topics).")
    String topic;

    @Option(names = "--count", paramLabel = "N", description = "How many questions (1–100; default 5).")
    int count = 5;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the questions (default: a new one, printed).")
    Long seed;

    QuizCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() {
        Style s = style();
        if (topic == null) {
            println(s.bold("Quiz topics"));
            for (QuizTopic t : QuizTopics.all()) {
                println(String.format("  %-12s ", t.name()) + t.description());
            }
            println("Type " + s.command("quiz TOPIC") + " to start, e.g. " + s.command("quiz ports --seed 7") + ".");
            return 0;
        }
        QuizTopic quiz = QuizTopics.find(topic).orElseThrow(() -> new InvalidInputException("unknown quiz topic "
                + InvalidInputException.quote(topic) + " (topics: " + QuizTopics.names() + ")"));
        if (count < 1 || count > 100) {
            throw new InvalidInputException("--count must be 1–100, not " + count);
        }
        long s0 = seed != null ? seed : Math.floorMod(System.nanoTime(), 100_000L);
        Random random = new Random(s0);
        println(s.bold("Quiz: " + quiz.name()) + " — " + count + " question" + (count == 1 ? "" : "s") + ", seed " + s0
                + s.dim(" (\"quiz " + quiz.name() + " --seed " + s0 + "\" asks the same ones)"));
        int right = 0;
        int asked = 0;
        for (int i = 1; i <= count; i++) {
            Question q = quiz.generate(random);
            println("");
            println(s.bold("Question " + i + " of " + count));
            Pages.view(lab).question(q).forEach(this::println);
            String answer = console().ask("answer> ");
            if (answer == null) {
                println("(no more answers: the quiz stops here)");
                break;
            }
            asked++;
            Verdict verdict = answer.isBlank() ? Verdict.wrong("no answer") : AnswerKinds.find(q.kind()).orElseThrow().check(q.expected(), answer);
            if (verdict.correct()) {
                right++;
                println(s.ok("✓ ") + first(verdict));
            } else {
                println(s.error("✗ ") + first(verdict));
                verdict.explanation().stream().skip(1).forEach(l -> println("  " + l));
                println("  the answer: " + s.bold(Pages.answerText(q)));
            }
            if (!q.explanation().isBlank()) {
                println("  " + q.explanation());
            }
        }
        println("");
        println(s.bold("Score: " + right + " of " + count) + (asked < count ? " (" + (count - asked) + " not answered)" : "")
                + (right == count ? " — all right!" : ""));
        LessonSession session = LessonSession.of(lab);
        session.progress().addQuiz(new Progress.QuizScore(quiz.name(), s0, count, right,
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))));
        session.save();
        return 0;
    }

    private static String first(Verdict v) {
        return v.explanation().isEmpty() ? "" : v.explanation().get(0);
    }
}
