package netlab.core.addr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import netlab.core.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * Seeded random address texts — valid ones and mutations of them (a character inserted, dropped,
 * replaced or a part repeated) — are accepted or refused exactly when Python's ipaddress accepts
 * or refuses them, with the same canonical form. Zone ids ({@code %}), which netlab refuses and
 * Python accepts, are left out of the alphabet.
 */
class ParseReferenceTest {
    private static final String ALPHABET = "0123456789abcdefABCDEF.:";

    static String mutate(String text, Random random) {
        StringBuilder sb = new StringBuilder(text);
        int edits = 1 + random.nextInt(2);
        for (int e = 0; e < edits; e++) {
            int at = sb.length() == 0 ? 0 : random.nextInt(sb.length());
            char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            switch (random.nextInt(4)) {
                case 0 -> sb.insert(at, c);
                case 1 -> {
                    if (sb.length() > 0) {
                        sb.deleteCharAt(at);
                    }
                }
                case 2 -> {
                    if (sb.length() > 0) {
                        sb.setCharAt(at, c);
                    }
                }
                default -> sb.insert(at, sb.substring(at, Math.min(sb.length(), at + 1 + random.nextInt(4))));
            }
        }
        return sb.toString();
    }

    static String ours(String text) {
        try {
            return IpAddress.parse(text).toString();
        } catch (InvalidInputException e) {
            assertThat(e.getMessage()).as(text).doesNotContain("\n").startsWith("not an IP");
            return "invalid";
        }
    }

    @Test
    void acceptsAndRefusesExactlyWhatPythonDoes() throws Exception {
        assumeTrue(SubnetReferenceTest.installed("python3"), "python3 is not installed: skipping the parse comparison with Python's ipaddress");
        Random random = new Random(77L);
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            String block = i % 2 == 0 ? SubnetReferenceTest.randomV4(random) : SubnetReferenceTest.randomV6(random);
            String address = block.substring(0, block.indexOf('/'));
            if (i % 3 == 0) {
                address = IpAddress.parse(address).toString();
            }
            inputs.add(random.nextInt(4) == 0 ? address : mutate(address, random));
        }
        Path dir = Files.createDirectories(Path.of("target", "test-state"));
        Path file = Files.createTempFile(dir, "addresses", ".txt");
        Path script = Files.createTempFile(dir, "parse_reference", ".py");
        try (InputStream in = ParseReferenceTest.class.getResourceAsStream("parse_reference.py")) {
            Files.write(script, in.readAllBytes());
        }
        Files.write(file, inputs, StandardCharsets.UTF_8);
        List<String> python = SubnetReferenceTest.run(List.of("python3", script.toString(), file.toString()), file, 120);
        assertThat(python).hasSize(inputs.size());
        int valid = 0;
        for (int i = 0; i < inputs.size(); i++) {
            assertThat(ours(inputs.get(i))).as("parse %s", inputs.get(i)).isEqualTo(python.get(i));
            valid += python.get(i).equals("invalid") ? 0 : 1;
        }
        assertThat(valid).as("a fair share of the texts are valid").isBetween(1500, 4500);
        Files.deleteIfExists(file);
        Files.deleteIfExists(script);
    }
}
