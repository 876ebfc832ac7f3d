package netlab.shell.commands.lessons;

import netlab.core.lesson.Lesson;
import netlab.core.lesson.Progress;
import netlab.shell.Lab;
import netlab.shell.LabCommand;
import netlab.shell.Style;
import picocli.CommandLine.Command;

@Command(name = "progress", mixinStandardHelpOptions = true,
        description = {"What you have done: each lesson's pages and exercises, and your quiz scores.",
            "Progress is saved in the state folder ($NETLAB_HOME) after every step."},
        subcommands = {ProgressResetCommand.class},
        footer = {"", "Examples:", "  progress", "  progress reset 4"})
public final class ProgressCommand extends LabCommand {
    @picocli.CommandLine.Mixin
    netlab.shell.JsonOption jsonOption = new netlab.shell.JsonOption();

    ProgressCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() {
        LessonSession session = LessonSession.of(lab);
        Progress progress = session.progress();
        if (json(jsonOption)) {
            java.util.Map<String, Object> json = new java.util.LinkedHashMap<>(progress.toJson());
            java.util.Map<String, Object> status = new java.util.LinkedHashMap<>();
            session.catalog().lessons().forEach(l -> status.put(Integer.toString(l.number()), progress.status(l).label()));
            json.put("status", status);
            console().printJson(json);
            return 0;
        }
        Style s = style();
        int done = 0;
        for (Lesson lesson : session.catalog().lessons()) {
            Progress.Status status = progress.status(lesson);
            if (status == Progress.Status.DONE) {
                done++;
            }
            String mark = switch (status) {
                case DONE -> s.ok("✓");
                case IN_PROGRESS -> s.warn("…");
                case NOT_STARTED -> " ";
            };
            String line = String.format("%s %2d  %-12s", mark, lesson.number(), status.label());
            if (status != Progress.Status.NOT_STARTED) {
                line += "  " + LessonsCommand.detail(lesson, progress);
                long skipped = lesson.exercises().stream()
                        .filter(e -> progress.outcome(lesson.number(), e.id()).orElse(null) == Progress.Outcome.SKIPPED).count();
                if (skipped > 0) {
                    line += " (" + skipped + " skipped)";
                }
            }
            println(line.stripTrailing());
        }
        println(done + " of " + session.catalog().lessons().size() + " lessons done.");
        if (!progress.quizzes().isEmpty()) {
            println("");
            println(s.bold("Quizzes"));
            for (Progress.QuizScore q : progress.quizzes().subList(Math.max(0, progress.quizzes().size() - 10), progress.quizzes().size())) {
                println(String.format("  %-12s %d of %d right   (seed %d, %s)", q.topic(), q.right(), q.count(), q.seed(), q.at()));
            }
        }
        return 0;
    }
}
