package netlab.net.capture;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import netlab.net.Scope;

/**
 * A packet capture of one loopback TCP connection by the real {@code tcpdump} (libpcap): it
 * listens on {@code lo} only, with a filter naming both ports of the connection, stops after a
 * bounded number of packets or when the demo's scope closes, and writes pcap to a temporary file
 * that is deleted with the scope. Capturing needs root or {@code cap_net_raw,cap_net_admin}.
 */
public final class Tcpdump {
    /** How to allow a normal user to capture. */
    public static final String HOW_TO_ENABLE =
            "run the lab as root, or allow tcpdump once: sudo setcap cap_net_raw,cap_net_admin=eip $(which tcpdump)";
    private static final int START_MS = 3000;

    private final Process process;
    private final Path file;
    private final List<String> messages;

    private Tcpdump(Process process, Path file, List<String> messages) {
        this.process = process;
        this.file = file;
        this.messages = messages;
    }

    /** Capturing is impossible here; {@code reason} says why, {@code remedy} what would allow it. */
    public static final class Unavailable extends IOException {
        private final String remedy;

        public Unavailable(String reason, String remedy) {
            super(reason);
            this.remedy = remedy;
        }

        public String remedy() {
            return remedy;
        }
    }

    /** The tcpdump program: the system property {@code netlab.tcpdump} if set, else on PATH or in the usual folders. */
    public static Optional<Path> program() {
        String chosen = System.getProperty("netlab.tcpdump");
        if (chosen != null) {
            return Optional.of(Path.of(chosen)).filter(Files::isExecutable);
        }
        List<String> dirs = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            dirs.addAll(List.of(path.split(File.pathSeparator)));
        }
        dirs.addAll(List.of("/usr/sbin", "/usr/bin", "/sbin", "/usr/local/sbin"));
        return dirs.stream().filter(d -> !d.isEmpty()).map(d -> Path.of(d, "tcpdump"))
                .filter(Files::isExecutable).findFirst();
    }

    /**
     * Starts capturing TCP between {@code 127.0.0.1:portA} and {@code 127.0.0.1:portB} on {@code lo}
     * and returns once tcpdump says it is listening.
     */
    public static Tcpdump start(Scope scope, int portA, int portB, int maxPackets) throws IOException {
        Path program = program().orElseThrow(() -> new Unavailable("tcpdump is not installed",
                "install it (Debian/Ubuntu: sudo apt-get install tcpdump), then run as root or give it the capability"));
        Path file = Files.createTempFile("netlab-capture-", ".pcap");
        scope.add(() -> Files.deleteIfExists(file));
        String filter = "tcp and host 127.0.0.1 and port " + portA + " and port " + portB;
        ProcessBuilder builder = new ProcessBuilder(program.toString(), "-i", "lo", "-n", "-U", "--immediate-mode",
                "-c", String.valueOf(maxPackets), "-w", file.toString(), filter)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        process.getOutputStream().close();
        List<String> messages = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch listening = new CountDownLatch(1);
        scope.add(() -> stop(process));
        scope.start("tcpdump-stderr", () -> readMessages(process, messages, listening));
        boolean ready;
        try {
            ready = listening.await(START_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("stopped");
        }
        // The latch also opens when tcpdump's stderr ends (it exited), possibly before the exit is
        // reaped: only its "listening on" line says it captures.
        boolean listeningSaid;
        synchronized (messages) {
            listeningSaid = messages.stream().anyMatch(line -> line.contains("listening on"));
        }
        if (!ready || !listeningSaid || !process.isAlive()) {
            stop(process);
            String said = String.join(" ", messages).strip();
            boolean denied = said.contains("ermission") || said.contains("not permitted");
            throw new Unavailable(denied ? "tcpdump may not capture on lo for this user (" + said + ")"
                    : "tcpdump did not start" + (said.isEmpty() ? "" : " (" + said + ")"),
                    denied ? HOW_TO_ENABLE : "check that \"tcpdump -i lo\" works in a terminal");
        }
        return new Tcpdump(process, file, messages);
    }

    /**
     * Stops the capture once the file has stopped growing (the last segment of the connection is
     * written within microseconds on loopback) and returns the pcap bytes.
     */
    public byte[] stop() throws IOException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
        long size = -1;
        while (process.isAlive() && System.nanoTime() < deadline) {
            long now = Files.size(file);
            if (now == size && now > 24) {
                break;
            }
            size = now;
            java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(40));
        }
        stop(process);
        return Files.readAllBytes(file);
    }

    /** What tcpdump printed on its standard error (its "N packets captured" summary and any warning). */
    public List<String> messages() {
        return List.copyOf(messages);
    }

    private static void readMessages(Process process, List<String> messages, CountDownLatch listening) {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                messages.add(line);
                if (line.contains("listening on")) {
                    listening.countDown();
                }
            }
        } catch (IOException e) {
            // the process was stopped and its pipe closed
        } finally {
            listening.countDown();
        }
    }

    private static void stop(Process process) {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(1, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(1, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        try {
            process.getInputStream().close();
            process.getErrorStream().close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
