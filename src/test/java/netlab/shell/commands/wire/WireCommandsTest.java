package netlab.shell.commands.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import netlab.core.wire.PcapFile;
import netlab.shell.LabRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WireCommandsTest {
    @TempDir
    Path dir;

    static LabRun lab(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "--no-color";
        System.arraycopy(args, 0, all, 1, args.length);
        return LabRun.of("", all);
    }

    /** A failure is one line on stderr, no stack trace. */
    static void oneLineError(LabRun run, int status, String... parts) {
        assertThat(run.status()).as(run.both()).isEqualTo(status);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains(parts).doesNotContain("Exception", "\tat ");
    }

    @Test
    void osiListsSevenLayersWithUnitsCourierAndMapping() {
        LabRun run = lab("osi");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("7 Application - unit of data: message", "4 Transport - unit of data: segment (TCP) / datagram (UDP)",
                "3 Network - unit of data: packet", "2 Data link - unit of data: frame", "1 Physical - unit of data: bit",
                "搬运工人", "装拆箱工人", "TCP/IP (4, RFC 1122)", "five-layer (seed 001)", "Internet");
    }

    @ParameterizedTest
    @CsvSource({"4, Transport", "transport, Transport", "L3, Network", "data-link, Data link", "link, Data link",
        "'Data Link', Data link", "7, Application"})
    void osiOneLayerByNumberOrName(String layer, String title) {
        LabRun run = lab("osi", layer);
        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("Layer ").contains("of 7: " + title + "\n", "Courier analogy:", "TCP/IP model:");
    }

    @Test
    void osiTellsThatPingIsIcmpNotUdp() {
        assertThat(lab("osi", "network").out()).contains("ping uses ICMP").contains("not UDP");
    }

    @ParameterizedTest
    @CsvSource({"8", "0", "transprt", "''"})
    void osiBadLayerIsOneLine(String layer) {
        oneLineError(lab("osi", layer), 2, "not an OSI layer", "give 1–7");
    }

    @Test
    void encapsulateUdpByDefaultWithLoopbackEndpoints() {
        LabRun run = lab("encapsulate", "hi");
        assertThat(run.status()).isZero();
        assertThat(run.out().replaceAll(" {2,}", "  ")).contains("Layer 4, transport: UDP adds a 8-byte header -> 10-byte datagram, port 50000 to port 7",
                "Length  10 (8-byte header + 2 data bytes)", "127.0.0.1 to 127.0.0.1", "Protocol  17 (UDP)",
                "Destination  02:00:00:00:00:01 (locally administered)").doesNotContain("problem");
        assertThat(run.out()).containsPattern("Checksum +0x[0-9a-f]{4} \\(good\\)");
    }

    @Test
    void jsonFormsAreOneLine() {
        LabRun osi = lab("osi", "--json");
        assertThat(osi.status()).isZero();
        assertThat(osi.out().lines()).hasSize(1);
        assertThat(osi.out()).startsWith("[{\"number\":1,\"name\":\"Physical\"").contains("\"unit\":\"frame\"");
        assertThat(lab("osi", "4", "--json").out()).startsWith("{\"number\":4,\"name\":\"Transport\"");
        LabRun e = lab("--json", "encapsulate", "hi", "--tcp");
        assertThat(e.status()).isZero();
        assertThat(e.out().lines()).hasSize(1);
        assertThat(e.out()).startsWith("{\"application\":\"6869\",\"layers\":[{\"layer\":4,\"protocol\":\"TCP\",\"headerLength\":32")
                .contains("{\"offset\":8,\"length\":1,\"name\":\"Time to Live\",\"value\":\"64 (hops left)\"}")
                .contains("\"problems\":[]").endsWith("\"}\n");
        LabRun bad = lab("--json", "osi", "9");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.out() + bad.err()).contains("{\"error\":\"not an OSI layer: \\\"9\\\"");
    }

    @Test
    void encapsulateIsDeterministic() {
        assertThat(lab("encapsulate", "GET / HTTP/1.1", "--tcp").out()).isEqualTo(lab("encapsulate", "GET / HTTP/1.1", "--tcp").out());
    }

    @Test
    void encapsulateUnderstandsEscapes() {
        LabRun run = lab("encapsulate", "a\\r\\n\\x00", "--tcp");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Application data (layer 7): 4 bytes", "61 0d 0a 00");
    }

    @Test
    void encapsulatePcapWritesOneEthernetFrame() throws Exception {
        Path pcap = dir.resolve("one.pcap");
        LabRun run = lab("encapsulate", "hello", "--tcp", "--pcap", pcap.toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Wrote 1 frame to " + pcap);
        PcapFile file = PcapFile.read(Files.readAllBytes(pcap));
        assertThat(file.records()).singleElement().satisfies(r -> assertThat(r.data()).hasSize(14 + 20 + 32 + 5));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--src|127.0.0.1|not an endpoint: \"127.0.0.1\" (write ADDRESS:PORT",
        "--src|127.0.0.256:80|not an IPv4 address: \"127.0.0.256\"",
        "--dst|localhost:80|not an IPv4 address: \"localhost\"",
        "--dst|127.0.0.1:65536|not a port: \"65536\"",
        "--dst|127.0.0.1:http|not a port: \"http\""})
    void encapsulateBadEndpointIsOneLine(String option, String value, String message) {
        oneLineError(lab("encapsulate", "hi", option, value), 2, message);
    }

    @Test
    void encapsulateOtherBadInputIsOneLine() {
        oneLineError(lab("encapsulate", "hi", "--udp", "--tcp"), 2, "choose one of --udp and --tcp");
        oneLineError(lab("encapsulate", "a\\q"), 2, "bad escape at position 2");
        oneLineError(lab("encapsulate", "a\\x4"), 2, "bad escape");
        oneLineError(lab("encapsulate", "x".repeat(1473)), 2, "TEXT has 1473 bytes", "at most 1472");
        oneLineError(lab("encapsulate", "hi", "--pcap", dir.resolve("no/such/x.pcap").toString()), 1, "no such folder");
        oneLineError(lab("encapsulate", "hi", "--pcap", dir.toString()), 1, "is a folder");
        oneLineError(lab("encapsulate"), 2, "TEXT");
    }
}
