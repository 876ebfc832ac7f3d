package netlab.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import netlab.core.http.HttpUrl;
import netlab.net.chat.ChatDemo;
import netlab.net.http.HttpFetch;
import netlab.net.http.LabHttpServer;
import netlab.net.upload.UploadReceiver;
import netlab.net.upload.UploadSender;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Ctrl-C in the middle of the HTTP, chat and upload demos, and whole runs, leave nothing behind. */
class TcpAppsCleanupTest {
    static final Path WORK = Path.of("target", "test-state", "upload-cleanup");

    static final List<Object[]> DEMOS = List.of(
            new Object[] {"http get", (DemoCleanupTest.Demo) (s, l) -> {
                LabHttpServer server = new LabHttpServer(s, Optional.empty(), x -> { });
                var a = server.start(Loopback.v4(0));
                new HttpFetch(s, l).get(new HttpUrl("127.0.0.1", a.getPort(), "/chunked"), 3, true);
            }, 3},
            new Object[] {"chat demo", (DemoCleanupTest.Demo) (s, l) -> new ChatDemo(s, l).run("hi"), 4},
            new Object[] {"upload", (DemoCleanupTest.Demo) (s, l) -> {
                Path file = Files.write(Files.createDirectories(WORK).resolve("src.bin"), new byte[3 << 20]);
                Path inbox = Files.createDirectories(WORK.resolve("inbox"));
                Files.deleteIfExists(inbox.resolve("copy.bin"));
                var a = new UploadReceiver(s, inbox, false, Long.MAX_VALUE, e -> { }).start(Loopback.v4(0));
                l.note("receiver up");
                new UploadSender(s).send(a, file, "copy.bin", false, n -> l.note("sent " + n));
            }, 2});

    static void assertNoPartialFiles() throws java.io.IOException {
        if (Files.isDirectory(WORK.resolve("inbox"))) {
            try (Stream<Path> left = Files.list(WORK.resolve("inbox"))) {
                assertThat(left.filter(p -> p.toString().endsWith(".part")).toList()).isEmpty();
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> cancellingMidwayLeavesNothingBehind() {
        return DEMOS.stream().map(d -> DynamicTest.dynamicTest((String) d[0], () -> {
            DemoCleanupTest.Demo demo = (DemoCleanupTest.Demo) d[1];
            int at = (Integer) d[2];
            DemoCleanupTest.cancelAt(demo, at);
            Set<String> threads = NetProbe.threads();
            long fds = NetProbe.descriptors();
            DemoCleanupTest.cancelAt(demo, at);
            assertThat(NetProbe.threads()).isEqualTo(threads);
            assertThat(NetProbe.descriptors()).isEqualTo(fds);
            assertNoPartialFiles();
        }));
    }

    @TestFactory
    Stream<DynamicTest> aWholeRunLeavesNothingBehind() {
        return DEMOS.stream().map(d -> DynamicTest.dynamicTest((String) d[0], () -> {
            DemoCleanupTest.Demo demo = (DemoCleanupTest.Demo) d[1];
            DemoCleanupTest.runWhole(demo);
            Set<String> threads = NetProbe.threads();
            long fds = NetProbe.descriptors();
            DemoCleanupTest.runWhole(demo);
            assertThat(NetProbe.threads()).isEqualTo(threads);
            assertThat(NetProbe.descriptors()).isEqualTo(fds);
            assertNoPartialFiles();
        }));
    }
}
