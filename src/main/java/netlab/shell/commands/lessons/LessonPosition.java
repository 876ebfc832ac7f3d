package netlab.shell.commands.lessons;

import java.util.Optional;
import netlab.shell.Lab;

/** Where the learner left off in an earlier session, for the shell's start: it sets the prompt to {@code lab[4.2]>}. */
public final class LessonPosition {
    private LessonPosition() {
    }

    /** Restores the saved position, if any; returns a line saying so. Never fails: a problem shows up at the first lesson command. */
    public static Optional<String> restore(Lab lab) {
        try {
            LessonSession session = LessonSession.of(lab);
            return session.current().map(l -> "You were at lesson " + l.number() + " (" + l.title() + "), page " + session.page()
                    + ": type " + lab.console().style().command("page") + " to see it again or "
                    + lab.console().style().command("next") + " to go on.");
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
