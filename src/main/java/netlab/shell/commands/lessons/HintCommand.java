package netlab.shell.commands.lessons;

import netlab.shell.Lab;
import netlab.shell.LabCommand;
import picocli.CommandLine.Command;

@Command(name = "hint", mixinStandardHelpOptions = true,
        description = "A nudge for the open exercise of this page (it does not give the answer away).")
public final class HintCommand extends LabCommand {
    HintCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() {
        LessonSession session = LessonSession.of(lab);
        var lesson = session.requireLesson();
        var exercise = session.openExercise().orElseThrow(() -> AnswerCommand.noOpenExercise(session, lesson));
        println(style().warn("hint: ") + exercise.toQuestion().hint());
        return 0;
    }
}
