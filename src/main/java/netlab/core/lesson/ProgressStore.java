package netlab.core.lesson;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * {@code progress.json} in the state folder. Saving writes a temporary file beside it, forces it
 * to disk and renames it over the old one (a rename within a folder is atomic on POSIX file
 * systems), so a kill at any moment leaves either the old file or the new one. A file that cannot
 * be read is moved aside to {@code progress.json.damaged-TIMESTAMP}, never silently dropped.
 */
public final class ProgressStore {
    public static final String FILE = "progress.json";
    private final Path file;

    public ProgressStore(Path stateDir) {
        this.file = stateDir.resolve(FILE);
    }

    public Path file() {
        return file;
    }

    /** What loading found: the progress, and a warning when a damaged file was set aside. */
    public record Loaded(Progress progress, Optional<String> warning) {
    }

    public Loaded load() throws IOException {
        removeStaleTemporaries();
        if (!Files.exists(file)) {
            return new Loaded(new Progress(), Optional.empty());
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        try {
            return new Loaded(Progress.fromJson(JSON.std.mapFrom(text)), Optional.empty());
        } catch (IOException | RuntimeException e) {
            Path aside = file.resolveSibling(FILE + ".damaged-"
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            return new Loaded(new Progress(), Optional.of("the progress file " + file + " could not be read (" + why
                    + "); it was kept as " + aside.getFileName() + " and progress starts afresh"));
        }
    }

    /**
     * Saves {@code progress} after taking in what another session saved since (see
     * {@link Progress#absorb}), under a lock file so two labs never interleave their saves.
     * {@code forgotten} lists lessons reset in this session (0: the quiz scores).
     */
    @SuppressWarnings("try") // the lock is held for the whole block, never read
    public void merge(Progress progress, java.util.Set<Integer> forgotten) throws IOException {
        Files.createDirectories(file.getParent());
        try (FileChannel lock = FileChannel.open(file.resolveSibling(FILE + ".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
             var held = lock.lock()) {
            if (Files.exists(file)) {
                try {
                    progress.absorb(Progress.fromJson(JSON.std.mapFrom(Files.readString(file, StandardCharsets.UTF_8))), forgotten);
                } catch (IOException | RuntimeException e) {
                    // A damaged file is set aside by load(); here this session's progress simply replaces it.
                }
            }
            save(progress);
        }
    }

    public void save(Progress progress) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] bytes = (JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).asString(progress.toJson()) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        Path temp = Files.createTempFile(file.getParent(), FILE + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        syncFolder();
    }

    /** Temporary files left by a lab killed while saving (older than a minute, so another lab's save in progress is left alone). */
    private void removeStaleTemporaries() throws IOException {
        if (!Files.isDirectory(file.getParent())) {
            return;
        }
        long cutoff = System.currentTimeMillis() - 60_000;
        try (var files = Files.newDirectoryStream(file.getParent(), FILE + ".*.tmp")) {
            for (Path temp : files) {
                if (Files.getLastModifiedTime(temp).toMillis() < cutoff) {
                    Files.deleteIfExists(temp);
                }
            }
        }
    }

    /** Makes the rename itself durable (POSIX: fsync the folder); where a folder cannot be opened, the rename stands as is. */
    private void syncFolder() {
        try (FileChannel dir = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; the atomic rename is still in place.
        }
    }
}
