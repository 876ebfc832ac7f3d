package netlab.shell.commands.lessons;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import netlab.core.lesson.Lesson;
import netlab.core.lesson.LessonCatalog;
import netlab.shell.CommandFailedException;
import netlab.shell.Lab;
import netlab.shell.LabCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "transcript", mixinStandardHelpOptions = true,
        description = {"Show lesson N's example session: the commands it runs and what they print.",
            "Lines starting with \"lab> \" are commands, \"> \" lines are answers typed to a question.",
            "To replay it for real, pipe it back into the lab: ./lab transcript N | ./lab"},
        footer = {"", "Examples:", "  transcript 6"})
public final class TranscriptCommand extends LabCommand {
    @Parameters(paramLabel = "N", completionCandidates = LessonNumbers.class, description = "The lesson's number (0 for the shell's own transcript).")
    int number;

    TranscriptCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() throws IOException {
        String file;
        if (number == 0) {
            file = "00-shell.txt";
        } else {
            Lesson lesson = LessonSession.of(lab).lesson(number);
            file = lesson.baseName() + ".txt";
        }
        Optional<String> text = Optional.empty();
        if (lab.options().lessonsDir().isPresent()) {
            Path beside = lab.options().lessonsDir().get().toAbsolutePath().resolveSibling("transcripts").resolve(file);
            if (Files.isRegularFile(beside)) {
                text = Optional.of(Files.readString(beside));
            }
        }
        if (text.isEmpty()) {
            text = LessonCatalog.packagedTranscript(file);
        }
        String shown = text.orElseThrow(() -> new CommandFailedException("lesson " + number + " has no transcript " + file + " yet"));
        shown.lines().forEach(line -> println(line.startsWith("lab> ") ? style().command(line) : line));
        return 0;
    }
}
