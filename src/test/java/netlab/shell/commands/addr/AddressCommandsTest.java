package netlab.shell.commands.addr;

import static org.assertj.core.api.Assertions.assertThat;

import netlab.shell.LabRun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AddressCommandsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ip|192.168.1.256|not an IPv4 address: \"192.168.1.256\" (part 4 is 256; each part is 0–255)",
        "ip|1.2.3|not an IPv4 address: \"1.2.3\" (it has 3 parts; an IPv4 address has four numbers 0–255 separated by dots, e.g. 192.168.1.10)",
        "ip|01.2.3.4|not an IPv4 address: \"01.2.3.4\" (part 1 \"01\" has a leading zero; leading zeros are refused because some tools (inet_aton) read them as octal: 010 = 8)",
        "ip|''|not an IP address: \"\" (empty; write e.g. 192.168.1.10 or 2001:db8::1)",
        "ip|'1.2.3.4 '|not an IPv4 address: \"1.2.3.4 \" (it contains a space; write it without spaces, e.g. 192.168.1.10)",
        "ip|١.2.3.4|not an IPv4 address: \"١.2.3.4\" (it uses the non-ASCII digit \"١\"; only ASCII digits 0-9 and separators are allowed)",
        "ip|10.0.0.0/8|ip takes an address without a prefix: \"10.0.0.0/8\" (for a block use: subnet 10.0.0.0/8)",
        "subnet|1.2.3.4 255.255.0.255|not a contiguous mask: \"255.255.0.255\" is 11111111.11111111.00000000.11111111; a mask's ones must all come before its zeros",
        "subnet|1.2.3.4/33|prefix out of range: \"/33\" (an IPv4 prefix is /0–/32)",
        "subnet|1.2.3.4|no prefix in \"1.2.3.4\" (write ADDRESS/PREFIX, e.g. 192.168.1.0/24, or give the mask after the address)",
        "subnet|''|not an IP address: \"\" (empty; write e.g. 192.168.1.10 or 2001:db8::1)",
        "subnet|split 10.0.0.0/8|say how to split 10.0.0.0/8: --count N, --prefix P or --hosts H1,H2,… (e.g. subnet split 10.0.0.0/8 --count 4)",
        "subnet|split 10.0.0.0/8 --count 2 --hosts 5|give only one of --count, --prefix and --hosts (got --count and --hosts)",
        "subnet|split 10.0.0.0/8 --prefix 9 --count 2 --hosts 5|give only one of --count, --prefix and --hosts (got --count, --prefix and --hosts)",
        "subnet|split 10.0.0.0/8 --count 0|--count must be at least 1, got 0 (the number of subnets wanted)",
        "subnet|split 10.0.0.0/8 --prefix 33|prefix out of range: \"33\" (an IPv4 prefix is /0–/32)",
        "subnet|split 192.168.1.0/24 --hosts 200,100|the requests do not fit in 192.168.1.0/24: their smallest blocks need 384 addresses and it has 256 (200 hosts → 256, 100 hosts → 128)",
        "subnet|contains 10.0.0.0/8 ::1|cannot compare an IPv6 address with an IPv4 network: \"::1\" and \"10.0.0.0/8\"",
        "subnet|same 10.0.0.1 10.0.0.2 /40|prefix out of range: \"/40\" (an IPv4 prefix is /0–/32)",
        "subnet|same 10.0.0.1 10.0.0.256 /24|not an IPv4 address: \"10.0.0.256\" (part 4 is 256; each part is 0–255)",
    })
    void badInputIsOneLineInTextAndInJson(String command, String args, String message) {
        String line = command + " " + (args.isEmpty() ? "\"\"" : args.startsWith(" ") || args.endsWith(" ") ? "\"" + args + "\"" : args);
        LabRun text = LabRun.of(line + "\n");
        assertThat(text.err()).isEqualTo("error: " + message + "\n");
        assertThat(text.status()).isNotZero();
        LabRun json = LabRun.of(line + "\n", "--json");
        assertThat(json.out().strip()).isEqualTo(netlab.shell.Console.toJson(java.util.Map.of("error", message)));
        assertThat(json.out().lines()).hasSize(1);
    }

    @Test
    void subnetJsonIsOneLineWithEveryField() {
        LabRun run = LabRun.of("", "subnet", "192.168.1.130/26", "--json");
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("{\"version\":4,\"address\":\"192.168.1.130\",\"prefix\":26,\"netmask\":\"255.255.255.192\","
                + "\"wildcard\":\"0.0.0.63\",\"network\":\"192.168.1.128\",\"broadcast\":\"192.168.1.191\",\"firstHost\":\"192.168.1.129\","
                + "\"lastHost\":\"192.168.1.190\",\"addresses\":64,\"hosts\":62,\"class\":\"C\",\"type\":\"private\"}\n");
        LabRun v6 = LabRun.of("", "--json", "subnet", "2001:db8::1/64");
        assertThat(v6.out()).isEqualTo("{\"version\":6,\"address\":\"2001:db8::1\",\"prefix\":64,\"netmask\":\"ffff:ffff:ffff:ffff::\","
                + "\"wildcard\":null,\"network\":\"2001:db8::\",\"broadcast\":null,\"firstHost\":\"2001:db8::\","
                + "\"lastHost\":\"2001:db8::ffff:ffff:ffff:ffff\",\"addresses\":\"18446744073709551616\","
                + "\"hosts\":\"18446744073709551616\",\"class\":null,\"type\":\"documentation\"}\n");
    }

    @Test
    void subnetWithADottedMaskEqualsThePrefixForm() {
        assertThat(LabRun.of("", "subnet", "192.168.1.130", "255.255.255.192", "--json").out())
                .isEqualTo(LabRun.of("", "subnet", "192.168.1.130/26", "--json").out());
    }

    @Test
    void binaryViewSeparatesNetworkAndHostBitsWithAndWithoutColour() {
        LabRun plain = LabRun.of("", "--no-color", "subnet", "192.168.1.130/26");
        assertThat(plain.out()).contains("Network:    192.168.1.128/26       11000000.10101000.00000001.10|000000");
        assertThat(plain.out()).contains("Broadcast:  192.168.1.191          11000000.10101000.00000001.10|111111");
        assertThat(plain.out()).doesNotContain("\u001b[");
        assertThat(LabRun.of("", "subnet", "10.1.2.3/16").out()).contains("00001010.00000001|00000010.00000011");
    }

    @Test
    void splitJsonListsEverySubnet() {
        LabRun run = LabRun.of("", "subnet", "split", "10.0.0.0/30", "--count", "3", "--json");
        assertThat(run.out()).isEqualTo("{\"network\":\"10.0.0.0/30\",\"subnets\":["
                + "{\"network\":\"10.0.0.0/32\",\"firstHost\":\"10.0.0.0\",\"lastHost\":\"10.0.0.0\",\"broadcast\":null,\"hosts\":1},"
                + "{\"network\":\"10.0.0.1/32\",\"firstHost\":\"10.0.0.1\",\"lastHost\":\"10.0.0.1\",\"broadcast\":null,\"hosts\":1},"
                + "{\"network\":\"10.0.0.2/32\",\"firstHost\":\"10.0.0.2\",\"lastHost\":\"10.0.0.2\",\"broadcast\":null,\"hosts\":1},"
                + "{\"network\":\"10.0.0.3/32\",\"firstHost\":\"10.0.0.3\",\"lastHost\":\"10.0.0.3\",\"broadcast\":null,\"hosts\":1}]}\n");
    }

    @Test
    void longSplitsAreSummarisedUnlessAll() {
        String summary = LabRun.of("", "subnet", "split", "10.0.0.0/16", "--prefix", "24").out();
        assertThat(summary).contains("  … 244 more …", "256 subnets in all (add --all to list every one)");
        assertThat(summary.lines()).hasSize(2 + 8 + 1 + 4 + 1);
        assertThat(LabRun.of("", "subnet", "split", "10.0.0.0/16", "--prefix", "24", "--all").out().lines()).hasSize(2 + 256);
        LabRun tooMany = LabRun.of("", "--json", "subnet", "split", "10.0.0.0/8", "--prefix", "32");
        assertThat(tooMany.out()).startsWith("{\"error\":\"this split makes 16777216 subnets; JSON lists at most 65536");
    }

    @Test
    void containsAndSameShowTheAndWorking() {
        LabRun contains = LabRun.of("", "subnet", "contains", "10.0.0.0/8", "11.0.0.1");
        assertThat(contains.out()).contains("  AND = 11.0.0.0          00001011|00000000.00000000.00000000",
                "no: 11.0.0.1 AND the mask is 11.0.0.0, not 10.0.0.0, so 11.0.0.1 is not in 10.0.0.0/8");
        assertThat(LabRun.of("", "subnet", "same", "10.1.2.3", "10.1.99.4", "/16", "--json").out())
                .isEqualTo("{\"address1\":\"10.1.2.3\",\"address2\":\"10.1.99.4\",\"prefix\":16,\"netmask\":\"255.255.0.0\","
                        + "\"network1\":\"10.1.0.0\",\"network2\":\"10.1.0.0\",\"same\":true}\n");
        assertThat(LabRun.of("", "subnet", "contains", "2001:db8::/32", "2001:db8:1::5", "--json").out())
                .isEqualTo("{\"network\":\"2001:db8::/32\",\"address\":\"2001:db8:1::5\",\"masked\":\"2001:db8::\",\"contains\":true}\n");
    }

    @Test
    void ipJsonHasTheForms() {
        assertThat(LabRun.of("", "ip", "192.168.1.130", "--json").out()).isEqualTo("{\"version\":4,\"address\":\"192.168.1.130\","
                + "\"full\":\"192.168.1.130\",\"binary\":\"11000000.10101000.00000001.10000010\",\"decimal\":3232235906,"
                + "\"hex\":\"0xc0a80182\",\"class\":\"C\",\"leadingBits\":\"110\",\"type\":\"private\"}\n");
    }
}
