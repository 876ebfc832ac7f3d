package netlab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellModesTest {

    @Test
    void oneShotRunsOneCommandAndExitsZero() {
        LabRun run = LabRun.of("", "hexdump", "--text", "Hello, TFTP!");
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("""
                00000000  48 65 6c 6c 6f 2c 20 54  46 54 50 21              |Hello, TFTP!|
                0000000c
                """);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void unknownCommandIsOneLineAndExitTwo() {
        LabRun run = LabRun.of("", "nope");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains("unknown command \"nope\"").contains("help");
    }

    @Test
    void typoGetsTheNearestCommand() {
        LabRun run = LabRun.of("", "hexdum", "--text", "x");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("did you mean \"hexdump\"");
    }

    @Test
    void badOptionAndBadValueExitTwoWithOneLine() {
        LabRun option = LabRun.of("", "hexdump", "--txet", "x");
        assertThat(option.status()).isEqualTo(2);
        assertThat(option.err().lines()).hasSize(1);
        assertThat(option.err()).contains("--txet").contains("help hexdump");

        LabRun value = LabRun.of("", "hexdump", "--hex", "0g");
        assertThat(value.status()).isEqualTo(2);
        assertThat(value.err()).isEqualTo("error: not a hex digit: \"g\" at position 2 of \"0g\" (use 0-9 and a-f, two digits per byte)\n");
    }

    @Test
    void missingFileFailsWithExitOne() {
        LabRun run = LabRun.of("", "hexdump", "/no/such/file");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("error: no such file: \"/no/such/file\"\n");
    }

    @Test
    void pipedScriptEchoesEachLineRunsOnAfterAFailureAndExitsNonZero() {
        LabRun run = LabRun.of("help\nhexdump --text \"Hello, TFTP!\"\nnope\nexit\nhexdump --text never\n");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.both())
                .contains("lab> help\n")
                .contains("lab> hexdump --text \"Hello, TFTP!\"\n00000000  48 65")
                .contains("lab> nope\nerror: unknown command \"nope\"")
                .contains("lab> exit\n")
                .doesNotContain("never");
    }

    @Test
    void scriptFileAndTranscriptFileAreBothScripts(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("s.txt");
        Files.writeString(script, "# a comment\n\nhexdump --text hi\n");
        LabRun run = LabRun.of("", "--script", script.toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("lab> hexdump --text hi\n00000000  68 69");

        Path transcript = dir.resolve("t.txt");
        Files.writeString(transcript, "lab> hexdump --text hi\nwhatever was printed\n");
        LabRun replay = LabRun.of("", "--script", transcript.toString());
        assertThat(replay.out()).isEqualTo(run.out());
    }

    @Test
    void missingScriptIsAUsageError() {
        LabRun run = LabRun.of("", "--script", "/no/such/script");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("/no/such/script");
    }

    @Test
    void emptyLinesHugeLinesControlCharactersAndBadUtf8DoNotBreakTheScript() {
        byte[] huge = ("hexdump --text " + "a".repeat(1 << 20) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] garbage = {'h', 'e', 'x', (byte) 0xff, (byte) 0xfe, 0x07, 0x1b, '[', '2', 'J', '\n'};
        byte[] tail = "\n\n   \nhexdump --text ok\n".getBytes(StandardCharsets.UTF_8);
        byte[] stdin = new byte[huge.length + garbage.length + tail.length];
        System.arraycopy(huge, 0, stdin, 0, huge.length);
        System.arraycopy(garbage, 0, stdin, huge.length, garbage.length);
        System.arraycopy(tail, 0, stdin, huge.length + garbage.length, tail.length);
        LabRun run = LabRun.of(stdin, Map.of());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("00100000\n").endsWith("lab> hexdump --text ok\n00000000  6f 6b                                             |ok|\n00000002\n");
        assertThat(run.out()).doesNotContain("\u001b");
        assertThat(run.err()).contains("unknown command \"hex\\ufffd\\ufffd\\x07\\x1b[2J\"");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void unclosedQuoteIsExplained() {
        LabRun run = LabRun.of("hexdump --text \"oops\n");
        assertThat(run.err()).contains("unclosed double quote at column 16");
    }

    @Test
    void globalFlags() {
        assertThat(LabRun.of("", "--version").out()).startsWith("netlab ");
        LabRun help = LabRun.of("", "--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("Usage: lab").contains("hexdump");
        LabRun bad = LabRun.of("", "--colour-me");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown option \"--colour-me\"");
    }

    @Test
    void jsonModeSaysWhenACommandHasNoJsonForm() {
        LabRun run = LabRun.of("", "--json", "hexdump", "--text", "hi");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEqualTo("{\"error\":\"hexdump has no JSON form; run it without --json\"}\n");
    }

    @Test
    void helpForOneCommandShowsUsageAndAnExample() {
        LabRun run = LabRun.of("", "help", "hexdump");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Usage: hexdump").contains("--text").contains("Examples:");
        assertThat(LabRun.of("", "help", "hexdumpp").err()).contains("did you mean \"hexdump\"");
    }

    @Test
    void noColourWhenStdoutIsNotATerminal() {
        LabRun run = LabRun.of("", "help");
        assertThat(run.out()).doesNotContain("\u001b[");
    }

    @Test
    void folderIsNotAFile(@TempDir Path dir) {
        LabRun run = LabRun.of("", "hexdump", dir.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("is a folder");
    }
}
