package netlab.shell.commands.wire;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs real programs (tshark, tcpdump) for interoperability tests, with a time limit. */
final class Peers {
    private Peers() {
    }

    static boolean installed(String program) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /** Runs {@code command} to completion (at most 60 s) and returns stdout and stderr together. */
    static String run(List<String> command) throws IOException, InterruptedException {
        Path output = Files.createTempFile("peer", ".txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                throw new AssertionError(command + " did not finish in 60 s");
            }
            return Files.readString(output, StandardCharsets.UTF_8);
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(output);
        }
    }

    /** tshark's full dissection of a capture file, with IP, TCP and UDP checksums verified. */
    static String tsharkVerbose(Path pcap) throws IOException, InterruptedException {
        return run(List.of("tshark", "-r", pcap.toString(), "-V", "-o", "ip.check_checksum:TRUE",
                "-o", "tcp.check_checksum:TRUE", "-o", "udp.check_checksum:TRUE"));
    }
}
