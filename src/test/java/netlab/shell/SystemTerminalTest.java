package netlab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.utils.InfoCmp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SystemTerminalTest {
    private static final String CAPS = """
            #\tReconstructed via infocmp from file: /lib/terminfo/n/netlab-test
            netlab-test|a terminal for this test,
            \tam, xenl,
            \tcols#80, colors#256,
            \tclear=\\E[H\\E[2J, cup=\\E[%i%p1%d;%p2%dH,
            """;

    @Test
    void onlyPlainTerminalNamesGetAFile(@TempDir Path state) {
        assertThat(SystemTerminal.capsFile(state, "tmux-256color")).isEqualTo(state.resolve("terminfo/tmux-256color.caps"));
        assertThat(SystemTerminal.capsFile(state, "xterm+kitty.1")).isNotNull();
        for (String bad : new String[] {null, "", "../etc/x", "a/b", "dumb", "dumb-color", ".hidden", "x".repeat(65), "é"}) {
            assertThat(SystemTerminal.capsFile(state, bad)).as(String.valueOf(bad)).isNull();
        }
    }

    @Test
    void whatInfocmpPrintedIsKeptAndHandedBackToJLine(@TempDir Path state) throws Exception {
        Path file = SystemTerminal.capsFile(state, "netlab-test");
        InfoCmp.setLoadedInfoCmp("netlab-test", CAPS);
        SystemTerminal.keep("netlab-test", file);
        assertThat(file).hasContent(CAPS.strip());
        assertThat(file.resolveSibling("netlab-test.caps.part")).doesNotExist();

        InfoCmp.setLoadedInfoCmp("netlab-test", (String) null);
        assertThat(SystemTerminal.restore("netlab-test", file)).isTrue();
        assertThat(InfoCmp.getLoadedInfoCmp("netlab-test")).isEqualTo(Files.readString(file));
    }

    @Test
    void aDamagedOrForeignFileIsIgnored(@TempDir Path state) throws Exception {
        Path file = SystemTerminal.capsFile(state, "netlab-test2");
        assertThat(SystemTerminal.restore("netlab-test2", file)).isFalse();   // none yet
        Files.createDirectories(file.getParent());
        Files.writeString(file, "garbage\u0000\n");
        assertThat(SystemTerminal.restore("netlab-test2", file)).isFalse();
        Files.writeString(file, CAPS);                                         // describes netlab-test, not netlab-test2
        assertThat(SystemTerminal.restore("netlab-test2", file)).isFalse();
        assertThat(SystemTerminal.describes(CAPS, "netlab-test")).isTrue();
        assertThat(SystemTerminal.describes(CAPS, "netlab")).isFalse();
    }
}
