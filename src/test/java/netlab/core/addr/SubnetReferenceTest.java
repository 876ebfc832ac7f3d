package netlab.core.addr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import netlab.shell.render.AddressJson;
import org.junit.jupiter.api.Test;

/**
 * Compares every {@code subnet --json} field for thousands of seeded random IPv4 and IPv6 inputs
 * with Python's {@code ipaddress} (one python3 process per batch), and the IPv4 fields Debian
 * {@code ipcalc -n} prints with ipcalc (one shell process for the batch).
 */
class SubnetReferenceTest {
    private static final int SAMPLES_V4 = 4000;
    private static final int SAMPLES_V6 = 3000;
    private static final int SAMPLES_IPCALC = 150;

    static boolean installed(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /** A random IPv4 block, biased toward the edges: /0, /1, /31, /32, special ranges, 0.0.0.0 and 255.255.255.255. */
    static String randomV4(Random random) {
        int[] specials = {0, -1, 0x7f000001, 0x0a000000, 0xac100000, 0xac1fffff, 0xc0a80000, 0xa9fe0001, 0x64400000,
            0x647fffff, 0xc0000201, 0xc6336401, 0xcb007101, 0xc6120000, 0xc613ffff, 0xe0000001, 0xefffffff, 0xf0000000,
            0xfffffffe, 0x80000000, 0xc0000000, 0xdfffffff};
        int value = random.nextInt(4) == 0 ? specials[random.nextInt(specials.length)] ^ (random.nextInt(3) == 0 ? random.nextInt(256) : 0)
                : random.nextInt();
        int prefix = switch (random.nextInt(6)) {
            case 0 -> new int[] {0, 1, 31, 32, 30, 8, 16, 24}[random.nextInt(8)];
            default -> random.nextInt(33);
        };
        return new Ipv4Address(value) + "/" + prefix;
    }

    /** A random IPv6 block, typed in full or with leading zeros dropped, with runs of zero groups to exercise "::". */
    static String randomV6(Random random) {
        long hi;
        long lo;
        switch (random.nextInt(8)) {
            case 0 -> {
                hi = 0;
                lo = random.nextBoolean() ? random.nextInt(3) : 0xffff00000000L | (random.nextInt() & 0xffffffffL);
            }
            case 1 -> {
                hi = new long[] {0x20010db8L << 32, 0xfe80L << 48, 0xfc00L << 48, 0xfd12L << 48, 0xff02L << 48, 0xfebfL << 48}[random.nextInt(6)]
                        | (random.nextBoolean() ? 0 : random.nextInt(0x10000));
                lo = random.nextBoolean() ? random.nextInt(0x10000) : random.nextLong();
            }
            default -> {
                hi = random.nextLong();
                lo = random.nextLong();
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            long word = i < 4 ? hi : lo;
            int group = (int) (word >>> (48 - 16 * (i % 4))) & 0xffff;
            if (random.nextInt(3) == 0) {
                group = 0;
            }
            String hex = Integer.toHexString(group);
            sb.append(i > 0 ? ":" : "").append(random.nextBoolean() ? "0".repeat(4 - hex.length()) + hex : hex);
        }
        int prefix = random.nextInt(5) == 0 ? new int[] {0, 1, 127, 128, 64, 48}[random.nextInt(6)] : random.nextInt(129);
        return (random.nextBoolean() ? sb.toString().toUpperCase() : sb.toString()) + "/" + prefix;
    }

    static Map<String, Object> ours(String input) throws IOException {
        return JSON.std.mapFrom(AddressJson.facts(SubnetFacts.of(Cidr.parse(input))));
    }

    static List<String> run(List<String> command, Path input, long timeoutSeconds) throws Exception {
        Process process = new ProcessBuilder(command).redirectInput(input.toFile()).redirectErrorStream(true).start();
        try (InputStream out = process.getInputStream()) {
            String text = new String(out.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(timeoutSeconds, TimeUnit.SECONDS)).as("reference process ended").isTrue();
            assertThat(process.exitValue()).as("reference exit status; output:\n%s", text).isZero();
            return text.lines().toList();
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void everyJsonFieldAgreesWithPythonIpaddressForRandomIpv4AndIpv6() throws Exception {
        assumeTrue(installed("python3"), "python3 is not installed: skipping the comparison with Python's ipaddress");
        Random random = new Random(20261125L);
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < SAMPLES_V4; i++) {
            inputs.add(randomV4(random));
        }
        for (int i = 0; i < SAMPLES_V6; i++) {
            inputs.add(randomV6(random));
        }
        Path dir = Files.createDirectories(Path.of("target", "test-state"));
        Path file = Files.createTempFile(dir, "subnets", ".txt");
        Path script = Files.createTempFile(dir, "subnet_reference", ".py");
        try (InputStream in = SubnetReferenceTest.class.getResourceAsStream("subnet_reference.py")) {
            Files.write(script, in.readAllBytes());
        }
        Files.write(file, inputs);
        List<String> lines = run(List.of("python3", script.toString(), file.toString(), "--check-hosts"), file, 120);
        assertThat(lines).hasSize(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            Map<String, Object> expected = JSON.std.mapFrom(lines.get(i));
            assertThat(ours(inputs.get(i))).as("subnet %s --json", inputs.get(i)).containsExactlyEntriesOf(normalise(expected));
        }
        Files.deleteIfExists(file);
        Files.deleteIfExists(script);
    }

    /** Python's json gives ints as Integer or Long; ours come back from the same parser, so parse both the same way. */
    private static Map<String, Object> normalise(Map<String, Object> python) throws IOException {
        String order = "version address prefix netmask wildcard network broadcast firstHost lastHost addresses hosts class type";
        Map<String, Object> m = new LinkedHashMap<>();
        for (String key : order.split(" ")) {
            assertThat(python).containsKey(key);
            m.put(key, python.get(key));
        }
        return JSON.std.mapFrom(JSON.std.with(JSON.Feature.WRITE_NULL_PROPERTIES).asString(m));
    }

    @Test
    void ipv4FieldsAgreeWithDebianIpcalc() throws Exception {
        assumeTrue(installed("ipcalc"), "ipcalc is not installed: skipping the comparison with Debian ipcalc");
        Random random = new Random(4L);
        List<String> inputs = new ArrayList<>(List.of("192.168.1.130/26", "0.0.0.0/0", "255.255.255.255/32", "10.0.0.1/31",
                "128.0.0.0/1", "0.0.0.0/32", "172.16.5.4/12"));
        while (inputs.size() < SAMPLES_IPCALC) {
            inputs.add(randomV4(random));
        }
        Path dir = Files.createDirectories(Path.of("target", "test-state"));
        Path file = Files.createTempFile(dir, "ipcalc", ".txt");
        Files.write(file, inputs);
        List<String> lines = run(List.of("sh", "-c", "while read -r a; do ipcalc -n -b \"$a\"; echo '@@'; done"), file, 120);
        List<Map<String, String>> blocks = new ArrayList<>();
        Map<String, String> block = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.equals("@@")) {
                blocks.add(block);
                block = new LinkedHashMap<>();
            } else if (line.indexOf(':') > 0) {
                String key = line.substring(0, line.indexOf(':'));
                String rest = line.substring(line.indexOf(':') + 1).strip();
                block.put(key, rest);
            }
        }
        assertThat(blocks).hasSize(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            Map<String, String> ipcalc = blocks.get(i);
            Map<String, Object> ours = ours(inputs.get(i));
            String as = "ipcalc -n " + inputs.get(i) + " " + ipcalc;
            assertThat(ours.get("address")).as(as).isEqualTo(ipcalc.get("Address"));
            assertThat(ours.get("netmask") + " = " + ours.get("prefix")).as(as).isEqualTo(ipcalc.get("Netmask"));
            assertThat(ours.get("wildcard")).as(as).isEqualTo(ipcalc.get("Wildcard"));
            String[] hosts = ipcalc.get("Hosts/Net").split("\\s+", 2);
            assertThat(String.valueOf(ours.get("hosts"))).as(as).isEqualTo(hosts[0]);
            // ipcalc prints the class of the network address (ours is the typed address's), and takes
            // class E as 11110 (240–247), calling 248–255 "invalid"; PRODUCT.md's class E is 1111.
            Ipv4Address network = Ipv4Address.parse((String) ours.get("network"));
            String ipcalcClass = network.octet(0) >= 248 ? "invalid" : AddressClass.of(network).name();
            assertThat(hosts[1]).as(as).startsWith("Class " + ipcalcClass);
            if ((int) ours.get("prefix") == 32) {
                assertThat(ours.get("network")).as(as).isEqualTo(ipcalc.get("Hostroute"));
                continue;
            }
            assertThat(ours.get("network") + "/" + ours.get("prefix")).as(as).isEqualTo(ipcalc.get("Network"));
            assertThat(ours.get("firstHost")).as(as).isEqualTo(ipcalc.get("HostMin"));
            assertThat(ours.get("lastHost")).as(as).isEqualTo(ipcalc.get("HostMax"));
            assertThat(ours.get("broadcast")).as(as).isEqualTo(ipcalc.get("Broadcast"));
        }
        Files.deleteIfExists(file);
    }
}
