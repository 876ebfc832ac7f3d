package netlab.shell.commands.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import netlab.shell.Console;
import netlab.shell.Dispatcher;
import netlab.shell.Lab;
import netlab.shell.LabRun;
import netlab.shell.LineInput;
import netlab.shell.Repl;
import netlab.shell.Style;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;

/** The interactive shell shows where the learner is, and a new session starts where the last one stopped. */
class LessonPromptTest {
    static String session(Path state, String typed) throws Exception {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (Terminal terminal = new DumbTerminal("netlab", "dumb",
                new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8)) {
            Console console = new Console(terminal.writer(), terminal.writer(), new Style(false), false, true,
                    () -> 80, LineInput.NONE);
            Lab lab = new Lab(console, new Lab.Options(false, false, state, Optional.empty()));
            Dispatcher dispatcher = new Dispatcher(lab);
            String banner = "banner" + LessonPosition.restore(lab).map(l -> "\n" + l).orElse("");
            new Repl(lab, dispatcher, terminal).run(banner);
            terminal.flush();
        }
        return screen.toString(StandardCharsets.UTF_8);
    }

    @Test
    void thePromptShowsLessonAndPageAndANewSessionContinues() throws Exception {
        Path state = LabRun.stateDir();
        String first = session(state, "lesson 6\nnext\nanswer 65536\nexit\n");
        assertThat(first).contains("lab> Lesson 6 · Ports").contains("lab[6.1]> Lesson 6").contains("lab[6.2]> ")
                .contains("answer with the letter of a choice (a, b, c) or its text, not \"65536\"");
        String second = session(state, "page\nquiz ports --seed 7 --count 1\nrip\nexit\n");
        assertThat(second).contains("You were at lesson 6 (Ports and sockets), page 2").contains("lab[6.2]> Lesson 6 · Ports and sockets — page 2 of 4")
                .contains("answer> ✓ right: rip").contains("Score: 1 of 1");
    }
}
