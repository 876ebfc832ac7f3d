package netlab.shell;

import java.io.IOException;
import java.nio.file.Files;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.widget.AutosuggestionWidgets;

/**
 * The interactive shell, assembled in stages: terminal → completer and history → line reader →
 * loop. Ctrl-C at the prompt clears the line; Ctrl-C while a command runs stops it (the dispatcher
 * closes what it opened); Ctrl-D or {@code exit} leaves.
 */
public final class Repl {
    private final Lab lab;
    private final Dispatcher dispatcher;
    private final Terminal terminal;

    public Repl(Lab lab, Dispatcher dispatcher, Terminal terminal) {
        this.lab = lab;
        this.dispatcher = dispatcher;
        this.terminal = terminal;
    }

    public int run(String banner) {
        LineReader reader = reader();
        lab.console().setInput(prompt -> {
            try {
                return reader.readLine(prompt);
            } catch (UserInterruptException | EndOfFileException e) {
                return null;
            }
        });
        lab.console().setAbove(reader::printAbove);
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> dispatcher.cancelRunning());
        try {
            lab.console().println(banner);
            lab.console().flush();
            while (!lab.exitRequested()) {
                String line;
                try {
                    line = reader.readLine(lab.prompt());
                } catch (UserInterruptException e) {
                    continue;
                } catch (EndOfFileException e) {
                    break;
                }
                dispatcher.run(line);
            }
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
            saveHistory(reader);
        }
        return Dispatcher.OK;
    }

    private LineReader reader() {
        DefaultParser parser = new DefaultParser();
        parser.setEofOnUnclosedQuote(true);
        parser.setEscapeChars(null);
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("netlab")
                .parser(parser)
                .completer(new LabCompleter(lab, dispatcher))
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.HISTORY_IGNORE_DUPS, true)
                .option(LineReader.Option.AUTO_FRESH_LINE, true)
                .variable(LineReader.HISTORY_SIZE, 1000);
        try {
            Files.createDirectories(lab.stateDir());
            builder.variable(LineReader.HISTORY_FILE, lab.stateDir().resolve("history"));
        } catch (IOException | SecurityException e) {
            lab.console().warn("history will not be saved: cannot create " + lab.stateDir() + " (" + e.getMessage() + ")");
        }
        LineReader reader = builder.build();
        if (terminal.getType() != null && !terminal.getType().startsWith("dumb")) {
            new AutosuggestionWidgets(reader).enable();
        }
        return reader;
    }

    private void saveHistory(LineReader reader) {
        try {
            reader.getHistory().save();
        } catch (IOException | RuntimeException e) {
            lab.console().warn("could not save history: " + e.getMessage());
        }
    }
}
