package netlab.net.tftp.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import netlab.core.tftp.Mode;
import netlab.core.tftp.TftpOption;
import netlab.core.tftp.TftpOptions;
import netlab.net.tftp.TftpClient;
import netlab.net.tftp.TransferFailedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lab's client against real servers: in.tftpd (tftpd-hpa: blksize and tsize, no windowsize)
 * and atftpd (windowsize too). Every block boundary at every block size, with and without options,
 * netascii, uploads, the big files in a few combinations (40 MiB at 512-byte blocks rolls the
 * block number over), and "file not found" as error 1. SHA-256 compared every time.
 */
class ClientInteropTest {
    static final List<Integer> SIZES = List.of(0, 1, 511, 512, 513, 1024);
    static final List<Integer> BLOCKS = List.of(512, 1468, 8192, 65464);

    static Path root;
    static Path downloads;
    static TftpPeers.PeerServer hpa;
    static TftpPeers.PeerServer atftpd;

    @BeforeAll
    static void start() throws IOException {
        root = TftpPeers.tempDir("peer-root");
        downloads = TftpPeers.tempDir("our-downloads");
        for (int size : SIZES) {
            TftpPeers.randomFile(root.resolve("f" + size), size, size);
        }
        TftpPeers.randomFile(root.resolve("10m.bin"), 10L << 20, 10);
        TftpPeers.randomFile(root.resolve("40m.bin"), 40L << 20, 40);
        Files.writeString(root.resolve("text.txt"), "line one\nline two\r\nbare cr\r here\n\nlast line, no newline");
        if (TftpPeers.find("in.tftpd").isPresent()) {
            hpa = TftpPeers.inTftpd(root, true);
        }
        if (TftpPeers.findAtftpd().isPresent()) {
            atftpd = TftpPeers.atftpd(root);
        }
    }

    @AfterAll
    static void stop() {
        if (hpa != null) {
            hpa.close();
        }
        if (atftpd != null) {
            atftpd.close();
        }
        TftpPeers.deleteTree(root);
        TftpPeers.deleteTree(downloads);
    }

    static TftpPeers.PeerServer server(String name) {
        TftpPeers.require(name);
        return name.equals("in.tftpd") ? hpa : atftpd;
    }

    static Stream<Arguments> everyBlockSize() {
        return Stream.of("in.tftpd", "atftpd").flatMap(s -> Stream.concat(Stream.of(Arguments.of(s, 0)),
                BLOCKS.stream().map(b -> Arguments.of(s, b))));
    }

    @ParameterizedTest(name = "from {0}, blksize {1} (0: no options), every boundary, tsize")
    @MethodSource("everyBlockSize")
    void downloadsEveryBoundary(String name, int block) throws IOException {
        TftpPeers.PeerServer server = server(name);
        for (int size : SIZES) {
            Path out = downloads.resolve(name + "-" + block + "-" + size);
            TftpClient.Result result = OurClient.get(server.port(), "f" + size, out, Mode.OCTET,
                    OurClient.options(block, 0, block > 0));
            assertSame(out, "f" + size, server);
            assertThat(result.bytes()).isEqualTo(size);
            if (block > 0) {
                assertThat(result.oack()).as("%s answers options with an OACK", name).isTrue();
                assertThat(result.negotiated().get(TftpOption.BLKSIZE)).hasValue(block);
                assertThat(result.negotiated().get(TftpOption.TSIZE)).hasValue(size);
            } else {
                assertThat(result.oack()).isFalse();
            }
        }
    }

    @ParameterizedTest(name = "from atftpd, blksize {0}, windowsize {1}")
    @MethodSource("windows")
    void downloadsWithAWindowFromAtftpd(int block, int window) throws IOException {
        TftpPeers.PeerServer server = server("atftpd");
        for (int size : List.of(0, 1, 511, 512, 513, 1024, 100_000)) {
            String file = "w" + size;
            if (Files.notExists(root.resolve(file))) {
                TftpPeers.randomFile(root.resolve(file), size, size + 7);
            }
            Path out = downloads.resolve("atftpd-w" + block + "-" + window + "-" + size);
            TftpClient.Result result = OurClient.get(server.port(), file, out, Mode.OCTET, OurClient.options(block, window, true));
            assertSame(out, file, server);
            assertThat(result.negotiated().get(TftpOption.WINDOWSIZE)).hasValue(window);
        }
    }

    static Stream<Arguments> windows() {
        return Stream.of(Arguments.of(512, 4), Arguments.of(1468, 16), Arguments.of(8192, 16), Arguments.of(65464, 4));
    }

    @Test
    void inTftpdIgnoresWindowsizeAndTheTransferStillWorks() throws IOException {
        Path out = downloads.resolve("hpa-window");
        TftpClient.Result result = OurClient.get(server("in.tftpd").port(), "f1024", out, Mode.OCTET,
                OurClient.options(512, 8, false));
        assertSame(out, "f1024", hpa);
        assertThat(result.negotiated().has(TftpOption.WINDOWSIZE)).isFalse();
    }

    static Stream<Arguments> bigFiles() {
        return Stream.of(
                Arguments.of("in.tftpd", "10m.bin", 0, 0),
                Arguments.of("in.tftpd", "10m.bin", 65464, 0),
                Arguments.of("atftpd", "10m.bin", 1468, 16),
                Arguments.of("atftpd", "10m.bin", 8192, 16),
                Arguments.of("in.tftpd", "40m.bin", 512, 0),
                Arguments.of("atftpd", "40m.bin", 0, 0),
                Arguments.of("atftpd", "40m.bin", 512, 8));
    }

    @ParameterizedTest(name = "{1} from {0}, blksize {2}, windowsize {3}")
    @MethodSource("bigFiles")
    void bigFilesAndRollover(String name, String file, int block, int window) throws IOException {
        TftpPeers.PeerServer server = server(name);
        Path out = downloads.resolve(name + "-" + file);
        TftpClient.Result result = OurClient.get(server.port(), file, out, Mode.OCTET, OurClient.options(block, window, true));
        assertSame(out, file, server);
        assertThat(result.bytes()).isEqualTo(Files.size(root.resolve(file)));
        Files.delete(out);
    }

    @ParameterizedTest(name = "netascii from {0}")
    @MethodSource("servers")
    void netasciiTextArrivesAsTheSameText(String name) throws IOException {
        TftpPeers.PeerServer server = server(name);
        Path out = downloads.resolve(name + "-text.txt");
        OurClient.get(server.port(), "text.txt", out, Mode.NETASCII, TftpOptions.NONE);
        assertSame(out, "text.txt", server);
    }

    static Stream<String> servers() {
        return Stream.of("in.tftpd", "atftpd");
    }

    @ParameterizedTest(name = "uploads to {0}")
    @MethodSource("servers")
    void uploadsEveryBoundaryOctetAndNetascii(String name) throws IOException {
        TftpPeers.PeerServer server = server(name);
        Path sources = TftpPeers.tempDir("our-uploads");
        try {
            for (int size : List.of(0, 1, 511, 512, 513, 1024, 200_000)) {
                Path source = TftpPeers.randomFile(sources.resolve("u" + size), size, size + 3);
                for (int block : List.of(0, 512, 1468)) {
                    String remote = "up-" + name + "-" + block + "-" + size;
                    OurClient.put(server.port(), source, remote, Mode.OCTET, OurClient.options(block, 0, block > 0));
                    String want = TftpPeers.sha256(source);
                    assertThat(TftpPeers.sha256Settled(root.resolve(remote), want)).as(remote + "\n" + server.log())
                            .isEqualTo(want);
                }
            }
            Path text = sources.resolve("text.txt");
            Files.writeString(text, "first\nsecond\r\nthird\r alone\n\nend");
            OurClient.put(server.port(), text, "up-" + name + ".txt", Mode.NETASCII, TftpOptions.NONE);
            assertThat(TftpPeers.sha256Settled(root.resolve("up-" + name + ".txt"), TftpPeers.sha256(text)))
                    .isEqualTo(TftpPeers.sha256(text));
        } finally {
            TftpPeers.deleteTree(sources);
        }
    }

    @ParameterizedTest(name = "file not found from {0}")
    @MethodSource("servers")
    void aMissingFileIsError1AndLeavesNoFile(String name) {
        TftpPeers.PeerServer server = server(name);
        Path out = downloads.resolve("missing-" + name);
        assertThatThrownBy(() -> OurClient.get(server.port(), "missing.txt", out, Mode.OCTET, OurClient.options(1468, 0, true)))
                .isInstanceOfSatisfying(TransferFailedException.class, e -> {
                    assertThat(e.failure().error().code()).isEqualTo(1);
                    assertThat(e.failure().fromPeer()).isTrue();
                });
        assertThat(out).doesNotExist();
        try (Stream<Path> left = Files.list(downloads)) {
            assertThat(left.filter(p -> p.getFileName().toString().endsWith(".part"))).isEmpty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertSame(Path got, String file, TftpPeers.PeerServer server) {
        assertThat(TftpPeers.sha256(got)).as("%s from %s\n%s", file, server, server.log())
                .isEqualTo(TftpPeers.sha256(root.resolve(file)));
    }
}
