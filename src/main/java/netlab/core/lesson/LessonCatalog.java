package netlab.core.lesson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every lesson of a folder ({@code lessons/}, or a teacher's draft folder given with
 * {@code --lessons DIR}), or the lessons packaged in the jar, in number order.
 */
public final class LessonCatalog {
    /** Where the build puts {@code lessons/} and {@code transcripts/} on the class path. */
    public static final String PACKAGED_LESSONS = "/netlab/lessons/";
    public static final String PACKAGED_TRANSCRIPTS = "/netlab/transcripts/";

    private final List<Lesson> lessons;

    public LessonCatalog(List<Lesson> lessons) {
        this.lessons = lessons.stream().sorted(Comparator.comparingInt(Lesson::number)).toList();
    }

    public List<Lesson> lessons() {
        return lessons;
    }

    public Optional<Lesson> find(int number) {
        return lessons.stream().filter(l -> l.number() == number).findFirst();
    }

    /** The numbers missing between 1 and the highest lesson (a catalogue must have none). */
    public List<Integer> gaps() {
        List<Integer> gaps = new ArrayList<>();
        int max = lessons.stream().mapToInt(Lesson::number).max().orElse(0);
        for (int n = 1; n <= max; n++) {
            int k = n;
            if (lessons.stream().noneMatch(l -> l.number() == k)) {
                gaps.add(n);
            }
        }
        return gaps;
    }

    /** Reads every {@code NN-slug.md} of {@code dir}; a bad file is a {@link LessonFormatException}. */
    public static LessonCatalog load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new LessonFormatException("no lessons folder at " + dir + " (give a folder of NN-slug.md files)");
        }
        List<Lesson> lessons = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".md") || name.equals("README.md")) {
                    continue;
                }
                Lesson lesson = LessonParser.parse(name, Files.readString(file));
                if (lessons.stream().anyMatch(l -> l.number() == lesson.number())) {
                    throw new LessonFormatException(name + ": lesson number " + lesson.number() + " is used by two files");
                }
                lessons.add(lesson);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LessonCatalog(lessons);
    }

    private static LessonCatalog packaged;

    /** The lessons built into the program (read once). */
    public static synchronized LessonCatalog packaged() {
        if (packaged == null) {
            packaged = withPackagedFolder(PACKAGED_LESSONS, LessonCatalog::load);
        }
        return packaged;
    }

    /** The text of a packaged transcript {@code NN-slug.txt}, if there is one. */
    public static Optional<String> packagedTranscript(String fileName) {
        try (var in = LessonCatalog.class.getResourceAsStream(PACKAGED_TRANSCRIPTS + fileName)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T withPackagedFolder(String folder, java.util.function.Function<Path, T> read) {
        URL anchor = LessonCatalog.class.getResource(folder + "README.md");
        if (anchor == null) {
            throw new LessonFormatException("the lessons are missing from this build (no " + folder + " on the class path)");
        }
        try {
            URI uri = anchor.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                return read.apply(fs.getPath(folder));
            }
            return read.apply(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException e) {
            throw new LessonFormatException("cannot read the packaged lessons: " + e.getMessage());
        }
    }
}
