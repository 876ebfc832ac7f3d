package netlab.shell.commands.lessons;

import netlab.core.lesson.Progress;
import netlab.core.lesson.Question;
import netlab.shell.Lab;
import netlab.shell.LabCommand;
import picocli.CommandLine.Command;

@Command(name = "skip", mixinStandardHelpOptions = true,
        description = "Skip the open exercise of this page: shows the answer and its working, and counts it as skipped.")
public final class SkipCommand extends LabCommand {
    SkipCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() {
        LessonSession session = LessonSession.of(lab);
        var lesson = session.requireLesson();
        var exercise = session.openExercise().orElseThrow(() -> AnswerCommand.noOpenExercise(session, lesson));
        Question q = exercise.toQuestion();
        println("Skipped. The answer: " + style().bold(Pages.answerText(q)));
        if (!q.explanation().isBlank()) {
            println(q.explanation());
        }
        session.record(exercise, Progress.Outcome.SKIPPED);
        AnswerCommand.afterExercise(lab, session, lesson);
        return 0;
    }
}
