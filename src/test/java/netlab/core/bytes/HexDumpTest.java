package netlab.core.bytes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HexDumpTest {

    @Test
    void emptyInputPrintsNothing() {
        assertThat(HexDump.of(new byte[0])).isEmpty();
    }

    @Test
    void shortLineIsPaddedAndEndsWithTheLength() {
        assertThat(HexDump.of("Hello, TFTP!".getBytes(StandardCharsets.US_ASCII))).isEqualTo("""
                00000000  48 65 6c 6c 6f 2c 20 54  46 54 50 21              |Hello, TFTP!|
                0000000c
                """);
    }

    @Test
    void utf8TextShowsThreeBytesPerChineseCharacter() {
        assertThat(HexDump.of("我爱你".getBytes(StandardCharsets.UTF_8)))
                .startsWith("00000000  e6 88 91 e7 88 b1 e4 bd  a0 ")
                .contains("|.........|");
    }

    @Test
    void repeatedLinesAreSqueezedIntoOneStar() {
        assertThat(HexDump.of(new byte[40])).isEqualTo("""
                00000000  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  |................|
                *
                00000020  00 00 00 00 00 00 00 00                           |........|
                00000028
                """);
    }

    @Test
    void chunkBoundariesDoNotChangeTheDump() {
        byte[] bytes = new byte[1000];
        new Random(1).nextBytes(bytes);
        for (int i = 100; i < 300; i++) {
            bytes[i] = 7;
        }
        String whole = HexDump.of(bytes);
        StringBuilder sb = new StringBuilder();
        HexDump dump = new HexDump(sb);
        Random random = new Random(2);
        int at = 0;
        while (at < bytes.length) {
            int n = Math.min(bytes.length - at, random.nextInt(40));
            dump.feed(bytes, at, n);
            at += n;
        }
        dump.finish();
        assertThat(sb.toString()).isEqualTo(whole);
    }

    /** Property: for thousands of seeded inputs, the dump equals what hexdump -C prints. */
    @Test
    void matchesHexdumpMinusCByteForByte(@TempDir Path dir) throws Exception {
        assumeTrue(hexdumpAvailable(), "hexdump (util-linux / bsdextrautils) is not installed: skipping the comparison");
        Random random = new Random(20261125);
        int[] fixed = {0, 1, 15, 16, 17, 31, 32, 33, 48, 4096};
        int cases = 3000;
        StringBuilder expectedAll = new StringBuilder();
        StringBuilder actualAll = new StringBuilder();
        // Many inputs go into one file each, dumped by one hexdump process per batch to keep the test quick.
        for (int batch = 0; batch < 30; batch++) {
            StringBuilder script = new StringBuilder();
            for (int i = 0; i < cases / 30; i++) {
                int index = batch * (cases / 30) + i;
                byte[] bytes = input(random, index < fixed.length ? fixed[index] : -1);
                Path file = dir.resolve("in" + index);
                Files.write(file, bytes);
                script.append("hexdump -C ").append(file).append("; echo =\n");
                actualAll.append(HexDump.of(bytes)).append("=\n");
            }
            Process process = new ProcessBuilder("sh", "-c", script.toString()).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            expectedAll.append(out);
        }
        assertThat(actualAll.toString()).isEqualTo(expectedAll.toString());
    }

    @Test
    void longZeroRunAndTailMatchHexdump(@TempDir Path dir) throws Exception {
        assumeTrue(hexdumpAvailable(), "hexdump (util-linux / bsdextrautils) is not installed: skipping the comparison");
        byte[] bytes = new byte[1 << 20];
        bytes[bytes.length - 3] = 1;
        bytes[500_000] = (byte) 0xff;
        Path file = dir.resolve("zeros");
        Files.write(file, bytes);
        Process process = new ProcessBuilder("hexdump", "-C", file.toString()).start();
        String expected = new String(process.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        process.waitFor();
        assertThat(HexDump.of(bytes)).isEqualTo(expected);
    }

    private static byte[] input(Random random, int length) {
        int n = length >= 0 ? length : switch (random.nextInt(4)) {
            case 0 -> random.nextInt(17);
            case 1 -> random.nextInt(64);
            case 2 -> random.nextInt(300);
            default -> 16 * random.nextInt(20) + random.nextInt(2);
        };
        byte[] bytes = new byte[n];
        switch (random.nextInt(4)) {
            case 0 -> random.nextBytes(bytes);
            case 1 -> { // runs of equal lines
                byte b = (byte) random.nextInt(3);
                java.util.Arrays.fill(bytes, b);
                if (n > 0 && random.nextBoolean()) {
                    bytes[random.nextInt(n)] ^= 1;
                }
            }
            case 2 -> { // text
                for (int i = 0; i < n; i++) {
                    bytes[i] = (byte) (32 + random.nextInt(95));
                }
            }
            default -> { // repeating 16-byte pattern, sometimes broken
                byte[] line = new byte[16];
                random.nextBytes(line);
                for (int i = 0; i < n; i++) {
                    bytes[i] = line[i % 16];
                }
            }
        }
        return bytes;
    }

    static boolean hexdumpAvailable() {
        try {
            Process p = new ProcessBuilder("hexdump", "-C", "/dev/null").start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
