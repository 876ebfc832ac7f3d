package netlab.shell.commands.sockets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import netlab.net.NetProbe;
import netlab.shell.Console;
import netlab.shell.Dispatcher;
import netlab.shell.Lab;
import netlab.shell.LineInput;
import netlab.shell.Style;
import org.junit.jupiter.api.Test;

/** A thousand demo runs in one session leave the thread and descriptor counts where they were. */
class ManyRunsTest {
    @Test
    void aThousandUdpEchoesLeaveNothingBehind() throws Exception {
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        Console console = new Console(sink, sink, new Style(false), false, false, () -> 80, LineInput.NONE);
        Lab lab = new Lab(console, new Lab.Options(false, false, Path.of("target", "test-state"), Optional.empty()));
        Dispatcher dispatcher = new Dispatcher(lab);
        for (int i = 0; i < 10; i++) {
            assertThat(dispatcher.run("udp echo hi")).isZero();
        }
        Set<String> threads = NetProbe.threads();
        long fds = NetProbe.descriptors();
        for (int i = 0; i < 1000; i++) {
            assertThat(dispatcher.run("udp echo hi")).isZero();
        }
        assertThat(NetProbe.threads()).isEqualTo(threads);
        assertThat(NetProbe.descriptors()).isEqualTo(fds);
    }

    @Test
    void ctrlCStopsAListenerAndLeavesNothingBehind() throws Exception {
        java.io.StringWriter text = new java.io.StringWriter();
        PrintWriter out = new PrintWriter(text, true);
        Console console = new Console(out, out, new Style(false), false, false, () -> 80, LineInput.NONE);
        Lab lab = new Lab(console, new Lab.Options(false, false, Path.of("target", "test-state"), Optional.empty()));
        Dispatcher dispatcher = new Dispatcher(lab);
        for (int round = 0; round < 2; round++) {
            Set<String> threads = NetProbe.threads();
            long fds = NetProbe.descriptors();
            java.util.concurrent.atomic.AtomicInteger status = new java.util.concurrent.atomic.AtomicInteger(-1);
            Thread command = Thread.ofPlatform().start(() -> status.set(dispatcher.run("udp listen 0")));
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
            int listening = round + 1;
            while (text.toString().split("listening on", -1).length <= listening && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            dispatcher.cancelRunning();
            command.join(5000);
            assertThat(command.isAlive()).isFalse();
            assertThat(status.get()).isIn(0, Dispatcher.STOPPED);
            assertThat(text.toString().lines().filter(l -> l.startsWith("stopped"))).hasSize(round + 1);
            if (round == 1) {
                assertThat(NetProbe.threads()).isEqualTo(threads);
                assertThat(NetProbe.descriptors()).isEqualTo(fds);
            }
        }
    }
}
