package netlab.shell.commands.lessons;

import netlab.core.lesson.Lesson;
import netlab.core.lesson.Progress;
import netlab.shell.Lab;
import netlab.shell.LabCommand;
import netlab.shell.Style;
import netlab.shell.render.DisplayWidth;
import picocli.CommandLine.Command;

@Command(name = "lessons", mixinStandardHelpOptions = true,
        description = {"List the course's lessons, each done, in progress or not started.",
            "Then \"lesson N\" opens one; \"next\" continues where you left off."})
public final class LessonsCommand extends LabCommand {
    LessonsCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() {
        LessonSession session = LessonSession.of(lab);
        Progress progress = session.progress();
        Style s = style();
        int titleWidth = session.catalog().lessons().stream().mapToInt(l -> DisplayWidth.of(l.title())).max().orElse(10);
        for (Lesson lesson : session.catalog().lessons()) {
            Progress.Status status = progress.status(lesson);
            String label = switch (status) {
                case DONE -> s.ok("done");
                case IN_PROGRESS -> s.warn("in progress") + s.dim(" (" + detail(lesson, progress) + ")");
                case NOT_STARTED -> s.dim("not started");
            };
            String title = lesson.title() + " ".repeat(titleWidth - DisplayWidth.of(lesson.title()));
            println(String.format("%3d  ", lesson.number()) + s.bold(title) + "  " + label);
            String summary = lesson.summary().replaceAll("\\s+", " ").replaceAll("[*`]", "");
            println("     " + s.dim(DisplayWidth.fit(summary, Math.min(100, console().width()) - 6)));
        }
        println("");
        session.current().ifPresentOrElse(
                l -> println("You are at lesson " + l.number() + ", page " + session.page() + ": type " + s.command("next")
                        + " to go on, or " + s.command("lesson N") + " to open another."),
                () -> println("Type " + s.command("lesson 1") + " to start."));
        return 0;
    }

    static String detail(Lesson lesson, Progress progress) {
        long answered = lesson.exercises().stream().filter(e -> progress.outcome(lesson.number(), e.id()).isPresent()).count();
        return "page " + Math.min(progress.furthestPage(lesson.number()), lesson.pages().size()) + " of " + lesson.pages().size()
                + ", " + answered + " of " + lesson.exercises().size() + " exercises";
    }
}
