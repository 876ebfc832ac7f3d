package netlab.core.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Kills a child JVM many times while it saves progress (SIGKILL, at a different save each round)
 * and checks that the file it leaves is always whole: it loads without a warning and holds at
 * least every save the child reported as done.
 */
class ProgressKillTest {
    static final int ROUNDS = 12;

    @Test
    void aKillAtAnyMomentNeverLeavesACorruptProgressFile() throws Exception {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-state")), "kill");
        String java = ProcessHandle.current().info().command().orElse("java");
        Random random = new Random(1);
        int reported = -1;
        for (int round = 0; round < ROUNDS; round++) {
            Process child = new ProcessBuilder(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                    System.getProperty("java.class.path"), ProgressSaver.class.getName(), dir.toString()))
                    .redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                int saves = 1 + random.nextInt(40);
                String line = "";
                for (int i = 0; i < saves && line != null; i++) {
                    line = out.readLine();
                    if (line != null && line.startsWith("saved ")) {
                        reported = Math.max(reported, Integer.parseInt(line.substring(6)));
                    }
                }
                assertThat(line).as("the child saved (its output)").isNotNull().startsWith("saved ");
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            } finally {
                child.destroyForcibly();
            }
            ProgressStore.Loaded loaded = new ProgressStore(dir).load();
            assertThat(loaded.warning()).as("round " + round).isEmpty();
            assertThat(loaded.progress().quizzes().size()).as("round " + round + ": every reported save is kept")
                    .isGreaterThan(reported);
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("damaged"));
        }
    }
}
