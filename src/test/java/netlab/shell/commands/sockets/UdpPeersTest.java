package netlab.shell.commands.sockets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.DatagramSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import netlab.net.Loopback;
import netlab.shell.LabRun;
import org.junit.jupiter.api.Test;

/** {@code udp listen} hears a datagram from another process: netcat, as in a second terminal. */
class UdpPeersTest {
    @Test
    void udpListenShowsWhatNetcatSends() throws Exception {
        Path nc = Path.of("/usr/bin/nc");
        assumeTrue(Files.isExecutable(nc), "nc is not installed: skipping");
        int port;
        try (DatagramSocket probe = new DatagramSocket(Loopback.v4(0))) {
            port = probe.getLocalPort();
        }
        AtomicReference<LabRun> result = new AtomicReference<>();
        Thread listener = Thread.ofPlatform().start(() -> result.set(
                LabRun.of("", "--no-color", "udp", "listen", String.valueOf(port), "--count", "1", "--quiet", "10")));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (listener.isAlive() && System.nanoTime() < deadline) {
            Process p = new ProcessBuilder(nc.toString(), "-u", "-w1", "127.0.0.1", String.valueOf(port))
                    .redirectErrorStream(true).start();
            try (var in = p.getOutputStream()) {
                in.write("我爱你".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                // nc ended early; the loop tries again
            }
            p.waitFor(2, TimeUnit.SECONDS);
            p.getInputStream().close();
            listener.join(100);
        }
        listener.join(2000);
        LabRun run = result.get();
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("listening on 127.0.0.1:" + port + " (UDP)")
                .contains("bytes \"我爱你\"")
                .contains("00000000  e6 88 91 e7 88 b1 e4 bd  a0                       |.........|")
                .contains("stopped after 1 datagram(s)");
    }
}
