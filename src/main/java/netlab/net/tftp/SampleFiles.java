package netlab.net.tftp;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Random;

/**
 * The files the lab's own TFTP server offers when {@code tftp get} is given no {@code --server}:
 * written into a cache folder (never into the checkout), the large one only when first asked for.
 */
public final class SampleFiles {
    /** A short text file: one DATA block. */
    public static final String HELLO = "hello.txt";
    /** Exactly 1,024 bytes: two full blocks, then an empty DATA #3 ends the transfer. */
    public static final String KILO = "1024.bin";
    /** Every byte value 0–255, three times: 768 bytes, so DATA #2 carries 256. */
    public static final String BINARY = "bytes.bin";
    /** 40 MiB: past 65,535 blocks of 512 bytes, so block numbers roll over to 0. */
    public static final String BIG = "big.bin";
    public static final long BIG_SIZE = 40L << 20;

    private static final String HELLO_TEXT = "Hello from the netlab TFTP server!\nTFTP: RFC 1350, blocks of 512 bytes.\n";

    private final Path dir;

    public SampleFiles(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    public static List<String> names() {
        return List.of(HELLO, KILO, BINARY, BIG);
    }

    /** Writes the small files if missing, and the large one too when {@code name} asks for it. */
    public Path prepare(String name) throws IOException {
        Files.createDirectories(dir);
        write(HELLO, HELLO_TEXT.getBytes(StandardCharsets.US_ASCII));
        write(KILO, kilo());
        byte[] bytes = new byte[768];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        write(BINARY, bytes);
        if (name.equals(BIG)) {
            big();
        }
        return dir;
    }

    private static byte[] kilo() {
        StringBuilder sb = new StringBuilder();
        for (int line = 1; line <= 16; line++) {
            String head = String.format("line %02d of 16: ", line);
            sb.append(head).append("x".repeat(63 - head.length())).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private void write(String name, byte[] content) throws IOException {
        Path path = dir.resolve(name);
        if (Files.isRegularFile(path) && Files.size(path) == content.length
                && java.util.Arrays.equals(Files.readAllBytes(path), content)) {
            return;
        }
        Path temp = Files.createTempFile(dir, "." + name, ".part");
        try {
            Files.write(temp, content);
            Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private void big() throws IOException {
        Path path = dir.resolve(BIG);
        if (Files.isRegularFile(path) && Files.size(path) == BIG_SIZE) {
            return;
        }
        Path temp = Files.createTempFile(dir, "." + BIG, ".part");
        try {
            Random random = new Random(1350);
            byte[] chunk = new byte[1 << 20];
            try (OutputStream out = Files.newOutputStream(temp)) {
                for (long done = 0; done < BIG_SIZE; done += chunk.length) {
                    random.nextBytes(chunk);
                    out.write(chunk);
                }
            }
            Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
