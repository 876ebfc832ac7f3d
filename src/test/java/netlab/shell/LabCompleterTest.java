package netlab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabCompleterTest {

    static List<String> complete(String line) throws Exception {
        StringWriter sink = new StringWriter();
        Console console = new Console(new PrintWriter(sink), new PrintWriter(sink), new Style(false), false, true,
                () -> 80, LineInput.NONE);
        Lab lab = new Lab(console, new Lab.Options(false, false, LabRun.stateDir(), Optional.empty()));
        Dispatcher dispatcher = new Dispatcher(lab);
        try (DumbTerminal terminal = new DumbTerminal("t", "dumb", new ByteArrayInputStream(new byte[0]),
                new ByteArrayOutputStream(), StandardCharsets.UTF_8)) {
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).build();
            ParsedLine parsed = new DefaultParser().parse(line, line.length());
            List<Candidate> candidates = new ArrayList<>();
            new LabCompleter(lab, dispatcher).complete(reader, parsed, candidates);
            return candidates.stream().map(Candidate::value).toList();
        }
    }

    @Test
    void firstWordCompletesToCommands() throws Exception {
        assertThat(complete("hex")).contains("hexdump", "help", "exit");
    }

    @Test
    void lessonNumbersAndQuizTopics() throws Exception {
        assertThat(complete("lesson 1")).contains("1", "6");
        assertThat(complete("quiz p")).contains("ports", "class", "mask");
    }

    @Test
    void optionsOfTheTypedCommand() throws Exception {
        assertThat(complete("hexdump --")).contains("--text", "--hex", "--annotate", "--help");
    }

    @Test
    void fileNamesForAPathArgument(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("capture-one.bin"), "x");
        List<String> values = complete("hexdump " + dir + "/capt");
        assertThat(values).anyMatch(v -> v.endsWith("capture-one.bin"));
    }
}
