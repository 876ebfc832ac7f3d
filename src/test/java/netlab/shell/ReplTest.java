package netlab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;

/** Drives the interactive shell through a dumb terminal (no TTY), as JLine's own tests do. */
class ReplTest {

    static String session(Path state, String typed) throws Exception {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (Terminal terminal = new DumbTerminal("netlab", "dumb",
                new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8)) {
            Console console = new Console(terminal.writer(), terminal.writer(), new Style(false), false, true,
                    terminal::getWidth, LineInput.NONE);
            Lab lab = new Lab(console, new Lab.Options(false, false, state, Optional.empty()));
            Dispatcher dispatcher = new Dispatcher(lab);
            assertThat(new Repl(lab, dispatcher, terminal).run("banner")).isZero();
            terminal.flush();
        }
        return screen.toString(StandardCharsets.UTF_8);
    }

    @Test
    void runsCommandsReportsErrorsAndLeavesOnExit() throws Exception {
        Path state = LabRun.stateDir();
        String screen = session(state, "hexdump --text hi\nnope\n\nexit\nhexdump --text never\n");
        assertThat(screen).contains("banner")
                .contains("00000000  68 69")
                .contains("error: unknown command \"nope\"")
                .doesNotContain("6e 65 76");
        assertThat(Files.readString(state.resolve("history"))).contains("hexdump --text hi").contains("nope");
    }

    @Test
    void endOfInputLeavesLikeCtrlD() throws Exception {
        String screen = session(LabRun.stateDir(), "hexdump --text hi\n");
        assertThat(screen).contains("00000000  68 69");
    }
}
