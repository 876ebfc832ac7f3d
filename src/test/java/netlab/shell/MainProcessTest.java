package netlab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Main#main} in a JVM of its own: how the lab ends, and with which exit status. */
class MainProcessTest {
    @TempDir
    Path home;

    record Ended(int status, String out, String err) {
    }

    private Ended lab(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dnetlab.stdin.tty=false", "-Dnetlab.stdout.tty=false", Main.class.getName()));
        command.addAll(List.of(args));
        // output goes to files, so a lab that never ends fails the wait below instead of blocking a read
        Path out = home.resolve("stdout.txt");
        Path err = home.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().put("NETLAB_HOME", home.toString());
        Process process = builder.start();
        try {
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the lab ended").isTrue();
            return new Ended(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void aCommandThatWorkedEndsTheProcessWithZero() throws Exception {
        Ended ended = lab("hexdump", "--text", "hi");
        assertThat(ended.status()).isZero();
        assertThat(ended.out()).isEqualTo("00000000  68 69                                             |hi|\n00000002\n");
        assertThat(ended.err()).isEmpty();
    }

    @Test
    void failuresStillEndWithTheirStatus() throws Exception {
        assertThat(lab("nope").status()).isEqualTo(2);
        assertThat(lab("hexdump", "/no/such/file").status()).isEqualTo(1);
        assertThat(lab("--script", home.resolve("missing.txt").toString()).status()).isEqualTo(2);
    }

    @Test
    void aThreadStillRunningMeansMainMustNotJustReturn() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Thread worker = new Thread(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "still-running");
        worker.start();
        try {
            assertThat(Main.onlyThreadLeft()).isFalse();
        } finally {
            release.countDown();
            worker.join();
        }
    }
}
