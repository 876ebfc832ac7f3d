package netlab.net.tftp.interop;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The real TFTP programs of PEERS.md, run on loopback for interoperability tests: the servers
 * {@code in.tftpd} (tftpd-hpa) and {@code atftpd}, the clients {@code curl}, {@code tftp}
 * (tftp-hpa) and {@code atftp}. Servers that cannot take port 0 get a free loopback UDP port
 * (bound to 0, read back, released) and are retried on another port if it was taken meanwhile.
 * Every process started here is killed with its children, and every temporary folder deleted.
 * A missing program makes the calling test skip with a message naming it.
 */
public final class TftpPeers {
    /** Where {@code .ci/run} unpacks atftpd (its package conflicts with tftpd-hpa's). */
    public static final Path ATFTPD_UNPACKED = Path.of("/opt/netlab-peers/atftpd/usr/sbin/atftpd");
    /** How long one client run may take before it is killed and the test fails. */
    public static final Duration CLIENT_LIMIT = Duration.ofSeconds(60);

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private TftpPeers() {
    }

    /** An executable named {@code program} on PATH (or /usr/sbin, where in.tftpd lives). */
    public static Optional<Path> find(String program) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin") + File.pathSeparator + "/usr/sbin:/sbin";
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return Optional.of(Path.of(dir, program));
            }
        }
        return Optional.empty();
    }

    /** atftpd: {@code $NETLAB_ATFTPD}, then {@link #ATFTPD_UNPACKED}, then PATH. */
    public static Optional<Path> findAtftpd() {
        String env = System.getenv("NETLAB_ATFTPD");
        if (env != null && !env.isBlank() && Files.isExecutable(Path.of(env))) {
            return Optional.of(Path.of(env));
        }
        if (Files.isExecutable(ATFTPD_UNPACKED)) {
            return Optional.of(ATFTPD_UNPACKED);
        }
        return find("atftpd");
    }

    /** The program, or the calling test is skipped with a message naming it. */
    public static Path require(String program) {
        Optional<Path> found = program.equals("atftpd") ? findAtftpd() : find(program);
        assumeTrue(found.isPresent(), program + " is not installed (PEERS.md; .ci/run installs it): skipping");
        return found.orElseThrow();
    }

    /** A loopback UDP port that was free a moment ago (bound to port 0, read back, released). */
    public static int freeUdpPort() {
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new empty folder for a server's root or a client's downloads; {@link #deleteTree} removes it. */
    public static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory("netlab-" + prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a folder and everything in it; never follows symbolic links out of it. */
    public static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code size} pseudo-random bytes (the same for the same seed) to {@code file}. */
    public static Path randomFile(Path file, long size, long seed) {
        Random random = new Random(seed);
        byte[] chunk = new byte[64 * 1024];
        try (var out = Files.newOutputStream(file)) {
            long left = size;
            while (left > 0) {
                random.nextBytes(chunk);
                int n = (int) Math.min(chunk.length, left);
                out.write(chunk, 0, n);
                left -= n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The SHA-256 of a file, in hex. */
    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The SHA-256 of {@code file} once it equals {@code expected}, or its last value after 5 s: a
     * peer server acknowledges the last block of an upload before it closes the file (atftpd
     * writes through stdio, so the bytes reach the disk at fclose, just after the final ACK).
     */
    public static String sha256Settled(Path file, String expected) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        String now = Files.exists(file) ? sha256(file) : "(missing)";
        while (!now.equals(expected) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            now = Files.exists(file) ? sha256(file) : "(missing)";
        }
        return now;
    }

    // ---- servers ----

    /**
     * tftpd-hpa in the foreground on a free loopback port, serving {@code root}:
     * {@code in.tftpd -L -s -a 127.0.0.1:PORT -u root [-c] ROOT} ({@code -c}: uploads may create files).
     */
    public static PeerServer inTftpd(Path root, boolean create) throws IOException {
        Path program = require("in.tftpd");
        return startOnFreePort("in.tftpd", root, port -> {
            List<String> command = new ArrayList<>(List.of(program.toString(), "-L", "-s",
                    "-a", "127.0.0.1:" + port, "-u", "root"));
            if (create) {
                command.add("-c");
            }
            command.add(root.toString());
            return command;
        });
    }

    /** atftpd in the foreground on a free loopback port, serving (and accepting uploads into) {@code root}. */
    public static PeerServer atftpd(Path root) throws IOException {
        Path program = require("atftpd");
        return startOnFreePort("atftpd", root, port -> List.of(program.toString(), "--daemon", "--no-fork",
                "--no-multicast", "--port", String.valueOf(port), "--bind-address", "127.0.0.1",
                "--user", "root", "--group", "root", "--logfile", "-", root.toString()));
    }

    private interface CommandForPort {
        List<String> command(int port);
    }

    private static PeerServer startOnFreePort(String name, Path root, CommandForPort commandForPort) throws IOException {
        StringBuilder failures = new StringBuilder();
        for (int attempt = 1; attempt <= 5; attempt++) {
            int port = freeUdpPort();
            Path log = Files.createTempFile("netlab-" + name, ".log");
            Process process = new ProcessBuilder(commandForPort.command(port))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            PeerServer server = new PeerServer(name, port, root, process, log);
            if (server.awaitServing(Duration.ofSeconds(5))) {
                return server;
            }
            failures.append(" attempt ").append(attempt).append(" on port ").append(port).append(": ")
                    .append(server.log().strip());
            server.close();
        }
        throw new IOException(name + " did not start:" + failures);
    }

    /** A peer server process on 127.0.0.1:{@link #port()}; closing it kills it and its children. */
    public static final class PeerServer implements AutoCloseable {
        private final String name;
        private final int port;
        private final Path root;
        private final Process process;
        private final Path log;

        PeerServer(String name, int port, Path root, Process process, Path log) {
            this.name = name;
            this.port = port;
            this.root = root;
            this.process = process;
            this.log = log;
        }

        public String name() {
            return name;
        }

        public int port() {
            return port;
        }

        public Path root() {
            return root;
        }

        /** What the server printed so far (atftpd logs to stdout; in.tftpd only on failure). */
        public String log() {
            try {
                return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            } catch (IOException e) {
                return "(log unreadable: " + e.getMessage() + ")";
            }
        }

        /**
         * Waits until the server answers a read request for a file that does not exist (with a
         * TFTP ERROR) while its process is still running; false if it exited (e.g. port taken).
         */
        boolean awaitServing(Duration limit) throws IOException {
            long deadline = System.nanoTime() + limit.toNanos();
            byte[] probe = readRequest("netlab-probe-" + System.nanoTime() + ".none", "octet");
            try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0))) {
                socket.setSoTimeout(100);
                while (System.nanoTime() < deadline && process.isAlive()) {
                    socket.send(new DatagramPacket(probe, probe.length, LOOPBACK, port));
                    byte[] buffer = new byte[1024];
                    DatagramPacket reply = new DatagramPacket(buffer, buffer.length);
                    try {
                        socket.receive(reply);
                    } catch (SocketTimeoutException | java.net.PortUnreachableException notYet) {
                        continue;
                    }
                    if (reply.getLength() >= 4 && buffer[0] == 0 && buffer[1] == 5) {
                        return process.isAlive() && !process.waitFor(50, TimeUnit.MILLISECONDS);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            return false;
        }

        /** Kills the server and every child it forked for a transfer, and deletes its log. */
        @Override
        public void close() {
            List<ProcessHandle> children = process.descendants().toList();
            process.destroy();
            children.forEach(ProcessHandle::destroy);
            try {
                if (!process.waitFor(2, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(2, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            children.forEach(ProcessHandle::destroyForcibly);
            try {
                Files.deleteIfExists(log);
            } catch (IOException ignored) {
                // a log left in /tmp is harmless
            }
        }

        @Override
        public String toString() {
            return name + " on 127.0.0.1:" + port;
        }
    }

    /** A TFTP read request (RFC 1350 §5), built here so the harness does not depend on the codec it tests. */
    public static byte[] readRequest(String file, String mode, String... options) {
        var out = new java.io.ByteArrayOutputStream();
        out.write(0);
        out.write(1);
        for (String s : Stream.concat(Stream.of(file, mode), Stream.of(options)).toList()) {
            out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            out.write(0);
        }
        return out.toByteArray();
    }

    // ---- clients ----

    /** What a client program did: its exit status and everything it printed. */
    public record ClientRun(List<String> command, int status, String output) {
        @Override
        public String toString() {
            return String.join(" ", command) + " -> exit " + status + "\n" + output;
        }
    }

    /** Runs a client to completion (at most {@link #CLIENT_LIMIT}), killing it if it hangs. */
    public static ClientRun run(List<String> command) throws IOException {
        return run(command, CLIENT_LIMIT, null);
    }

    /** Runs a program with {@code stdin} as its input (null: none) and a time limit. */
    public static ClientRun run(List<String> command, Duration limit, String stdin) throws IOException {
        Path output = Files.createTempFile("netlab-peer", ".txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            try (var in = process.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError(String.join(" ", command) + " did not finish in " + limit.toSeconds()
                        + " s; it printed:\n" + Files.readString(output, StandardCharsets.UTF_8));
            }
            return new ClientRun(command, process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command.get(0), e);
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Files.deleteIfExists(output);
        }
    }

    /**
     * {@code curl -sS -o OUT tftp://127.0.0.1:PORT/FILE}; curl always asks for tsize, blksize
     * (512 unless {@code blksize} is given) and timeout. Exit 68 means the server said "file not found".
     */
    public static ClientRun curlGet(int port, String file, Path out, Integer blksize) throws IOException {
        List<String> command = new ArrayList<>(List.of(require("curl").toString(), "-sS", "--max-time", "55"));
        if (blksize != null) {
            command.addAll(List.of("--tftp-blksize", blksize.toString()));
        }
        command.addAll(List.of("-o", out.toString(), "tftp://127.0.0.1:" + port + "/" + file));
        return run(command);
    }

    /** {@code curl -T IN tftp://127.0.0.1:PORT/NAME}: an upload. */
    public static ClientRun curlPut(int port, Path in, String name, Integer blksize) throws IOException {
        List<String> command = new ArrayList<>(List.of(require("curl").toString(), "-sS", "--max-time", "55"));
        if (blksize != null) {
            command.addAll(List.of("--tftp-blksize", blksize.toString()));
        }
        command.addAll(List.of("-T", in.toString(), "tftp://127.0.0.1:" + port + "/" + name));
        return run(command);
    }

    /**
     * tftp-hpa: {@code tftp -m MODE 127.0.0.1 PORT -c get FILE OUT}. tftp-hpa 5.2 uses 512-byte
     * blocks and exits 0 even on an error, which it prints as {@code Error code N: TEXT}.
     */
    public static ClientRun tftpHpaGet(int port, String file, Path out, String mode) throws IOException {
        return run(List.of(require("tftp").toString(), "-m", mode, "127.0.0.1", String.valueOf(port),
                "-c", "get", file, out.toString()));
    }

    /** tftp-hpa: {@code tftp -m MODE 127.0.0.1 PORT -c put IN NAME}. */
    public static ClientRun tftpHpaPut(int port, Path in, String name, String mode) throws IOException {
        return run(List.of(require("tftp").toString(), "-m", mode, "127.0.0.1", String.valueOf(port),
                "-c", "put", in.toString(), name));
    }

    /**
     * atftp: {@code atftp [--option "NAME VALUE"]… -g -r FILE -l OUT 127.0.0.1 PORT}; options such
     * as {@code "blksize 1468"}, {@code "windowsize 8"}, {@code "tsize 0"}, {@code "mode netascii"}
     * is given as {@code --option "mode netascii"} too. Exits non-zero on a server error.
     */
    public static ClientRun atftpGet(int port, String file, Path out, String... options) throws IOException {
        return run(atftp("-g", port, file, out, options));
    }

    /** atftp upload: {@code atftp … -p -r NAME -l IN 127.0.0.1 PORT}. */
    public static ClientRun atftpPut(int port, Path in, String name, String... options) throws IOException {
        return run(atftp("-p", port, name, in, options));
    }

    private static List<String> atftp(String direction, int port, String remote, Path local, String... options) {
        List<String> command = new ArrayList<>(List.of(require("atftp").toString()));
        for (String option : options) {
            command.addAll(List.of("--option", option));
        }
        command.addAll(List.of(direction, "-r", remote, "-l", local.toString(), "127.0.0.1", String.valueOf(port)));
        return command;
    }
}
