package netlab.net.tftp.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A server root beside an "outside" folder holding a secret, and the names a hostile client
 * would ask for to get out of the root: {@code ..} in every spelling, absolute paths,
 * symbolic links out (to a file, to a folder, to {@code /dev/zero}), a FIFO and a device,
 * backslashes, {@code %2e%2e}, NUL, names over 255 bytes. {@link #untouched()} says whether
 * anything outside the root was created, changed or removed.
 */
public final class TraversalCorpus implements AutoCloseable {
    public static final String SECRET = "SECRET: this file is outside the server's root\n";

    private final Path base = TftpPeers.tempDir("traversal");
    private final Path root = base.resolve("root");
    private final Path outside = base.resolve("outside");
    private final Map<String, String> before;

    public TraversalCorpus() {
        try {
            Files.createDirectories(root.resolve("sub"));
            Files.createDirectories(outside);
            Files.writeString(root.resolve("hello.txt"), "Hello, TFTP!\n");
            Files.writeString(root.resolve("sub").resolve("inner.txt"), "inside\n");
            Files.writeString(outside.resolve("secret.txt"), SECRET);
            Files.createSymbolicLink(root.resolve("link-out"), outside.resolve("secret.txt"));
            Files.createSymbolicLink(root.resolve("dir-out"), outside);
            Files.createSymbolicLink(root.resolve("sub").resolve("up"), Path.of(".."));
            Files.createSymbolicLink(root.resolve("dev-zero"), Path.of("/dev/zero"));
            Files.createSymbolicLink(root.resolve("passwd"), Path.of("/etc/passwd"));
            Process mkfifo = new ProcessBuilder("mkfifo", root.resolve("fifo").toString()).inheritIO().start();
            mkfifo.waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        before = snapshot();
    }

    public Path root() {
        return root;
    }

    public Path outside() {
        return outside;
    }

    /** Names a real client can send, each of which must be refused with error 2. */
    public List<String> hostileNames() {
        List<String> names = new ArrayList<>(List.of(
                "../outside/secret.txt",
                "../../../../../../../../etc/passwd",
                "sub/../../outside/secret.txt",
                "hello.txt/../../outside/secret.txt",
                "./../outside/secret.txt",
                "/etc/passwd",
                outside.resolve("secret.txt").toString(),
                "//etc/passwd",
                "link-out",
                "dir-out/secret.txt",
                "sub/up/../outside/secret.txt",
                "passwd",
                "dev-zero",
                "fifo",
                "/dev/zero",
                "..\\outside\\secret.txt",
                "sub\\..\\..\\outside\\secret.txt",
                "%2e%2e/outside/secret.txt",
                "%2e%2e%2foutside%2fsecret.txt",
                "..%2foutside%2fsecret.txt",
                "hello.txt%00../outside/secret.txt",
                "x".repeat(256),
                "sub/" + "y".repeat(300),
                ".."));
        return names;
    }

    /** Names to upload to, each of which must be refused with error 2 and create nothing. */
    public List<String> hostileUploadNames() {
        return List.of("../outside/new.txt", "../outside/secret.txt", "/tmp/netlab-escaped-" + ProcessHandle.current().pid(),
                outside.resolve("abs.txt").toString(), "dir-out/new.txt", "link-out", "..\\outside\\new.txt",
                "%2e%2e/outside/new.txt", "z".repeat(256), "dev-zero", "fifo");
    }

    /**
     * Raw read requests a client program cannot send: a NUL inside the name (the name ends
     * there, and what follows is not a mode), a name that is only a NUL, control characters.
     */
    public List<byte[]> rawHostileRequests() {
        List<byte[]> requests = new ArrayList<>();
        requests.add(concat("\0\1hello.txt\0../outside/secret.txt\0octet\0"));
        requests.add(concat("\0\1../outside/secret.txt\0octet\0"));
        requests.add(concat("\0\1" + outside.resolve("secret.txt") + "\0netascii\0blksize\0" + "1468\0"));
        requests.add(concat("\0\1..\\outside\\secret.txt\0octet\0tsize\0" + "0\0"));
        requests.add(concat("\0\1dev-zero\0octet\0"));
        requests.add(concat("\0\1sub/\u0001/../../outside/secret.txt\0octet\0"));
        requests.add(concat("\0\1" + "w".repeat(400) + "\0octet\0"));
        return requests;
    }

    private static byte[] concat(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** What is outside the root now, compared with before: empty if nothing changed. */
    public String untouched() {
        Map<String, String> now = snapshot();
        StringBuilder changes = new StringBuilder();
        for (String key : now.keySet()) {
            if (!before.containsKey(key)) {
                changes.append("created ").append(key).append('\n');
            } else if (!before.get(key).equals(now.get(key))) {
                changes.append("changed ").append(key).append('\n');
            }
        }
        before.keySet().stream().filter(k -> !now.containsKey(k)).forEach(k -> changes.append("removed ").append(k).append('\n'));
        Path escaped = Path.of("/tmp/netlab-escaped-" + ProcessHandle.current().pid());
        if (Files.exists(escaped)) {
            changes.append("created ").append(escaped).append('\n');
        }
        return changes.toString();
    }

    /** Every path under the base folder except inside the root, with its size and content hash. */
    private Map<String, String> snapshot() {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(base)) {
            walk.filter(p -> !p.startsWith(root) || p.equals(root)).forEach(p -> files.put(base.relativize(p).toString(),
                    Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) ? TftpPeers.sha256(p) : "dir"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(Path.of("/tmp/netlab-escaped-" + ProcessHandle.current().pid()));
        } catch (IOException ignored) {
            // best effort
        }
        TftpPeers.deleteTree(base);
    }
}
