package netlab.shell.commands.lessons;

import java.util.Optional;
import netlab.core.lesson.Lesson;
import netlab.core.lesson.Progress;
import netlab.shell.Lab;
import netlab.shell.LabCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "reset", mixinStandardHelpOptions = true,
        description = "Forget the progress of lesson N (without N: of every lesson and quiz), after asking you to confirm.")
public final class ProgressResetCommand extends LabCommand {
    @Parameters(paramLabel = "N", arity = "0..1", completionCandidates = LessonNumbers.class, description = "The lesson to reset.")
    Integer number;

    ProgressResetCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() {
        LessonSession session = LessonSession.of(lab);
        Optional<Lesson> lesson = Optional.ofNullable(number).map(session::lesson);
        String what = lesson.map(l -> "lesson " + l.number() + " (" + l.title() + ")").orElse("every lesson and quiz");
        if (!console().confirm("Forget your progress in " + what + "?")) {
            println("Nothing was reset.");
            return 0;
        }
        Progress progress = session.progress();
        if (lesson.isPresent()) {
            progress.reset(lesson.get().number());
        } else {
            session.catalog().lessons().forEach(l -> progress.reset(l.number()));
            progress.clearQuizzes();
        }
        session.forget(Optional.ofNullable(number));
        session.save();
        println("Progress in " + what + " reset.");
        return 0;
    }
}
