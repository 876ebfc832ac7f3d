package netlab.net.tftp.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import netlab.core.tftp.TftpPacket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The traversal corpus against the lab's server, read-only and writable: through real clients
 * (atftp and tftp-hpa send any name; curl with --path-as-is) and through raw datagrams. Every
 * hostile name is answered with error 2, no byte of the secret leaves, nothing outside the root
 * is created or changed, and the server keeps serving the files it should.
 */
class TraversalTest {
    private TraversalCorpus corpus;
    private Path downloads;

    @BeforeEach
    void corpus() {
        corpus = new TraversalCorpus();
        downloads = TftpPeers.tempDir("traversal-downloads");
    }

    @AfterEach
    void cleanUp() {
        corpus.close();
        TftpPeers.deleteTree(downloads);
    }

    @Test
    void rawReadRequestsForEveryHostileNameGetError2() throws IOException {
        try (OurServer server = OurServer.readOnly(corpus.root()); RawTftp raw = new RawTftp()) {
            for (String name : corpus.hostileNames()) {
                for (String mode : new String[] {"octet", "netascii"}) {
                    RawTftp.Reply reply = raw.ask(TftpPeers.readRequest(name, mode, "blksize", "1468"), server.port())
                            .orElseThrow(() -> new AssertionError("no answer to RRQ " + name));
                    assertThat(reply.errorCode()).as("RRQ %s (%s): %s; events %s", name, mode, reply, server.events())
                            .isEqualTo(2);
                }
            }
            for (byte[] request : corpus.rawHostileRequests()) {
                RawTftp.Reply reply = raw.ask(request, server.port()).orElseThrow();
                assertThat(reply.packet()).as(new String(request, StandardCharsets.UTF_8) + " → " + reply)
                        .get().isInstanceOf(TftpPacket.Error.class);
                assertThat(reply.errorCode()).as(new String(request, StandardCharsets.UTF_8)).isIn(2, 4);
                assertNoSecret(reply.bytes());
            }
            assertThat(raw.receive(300)).as("nothing else arrives (no DATA of any refused file)").isEmpty();
            assertStillServes(server, raw);
        }
        assertThat(corpus.untouched()).isEmpty();
    }

    @Test
    void rawWriteRequestsForEveryHostileNameGetError2AndCreateNothing() throws IOException {
        try (OurServer server = OurServer.writable(corpus.root(), true); RawTftp raw = new RawTftp()) {
            for (String name : corpus.hostileUploadNames()) {
                byte[] wrq = TftpPeers.readRequest(name, "octet");
                wrq[1] = 2;
                RawTftp.Reply reply = raw.ask(wrq, server.port()).orElseThrow(() -> new AssertionError("no answer to WRQ " + name));
                assertThat(reply.errorCode()).as("WRQ %s: %s; events %s", name, reply, server.events()).isEqualTo(2);
            }
        }
        assertThat(corpus.untouched()).isEmpty();
    }

    @Test
    void realClientsAskingForHostileNamesGetError2AndNoBytes() throws IOException {
        TftpPeers.require("atftp");
        TftpPeers.require("tftp");
        try (OurServer server = OurServer.readOnly(corpus.root())) {
            int n = 0;
            for (String name : corpus.hostileNames()) {
                if (name.getBytes(StandardCharsets.UTF_8).length > 255) {
                    continue; // atftp cuts a remote name to 255 bytes before sending it; the raw test sends them whole
                }
                Path a = downloads.resolve("a" + n);
                TftpPeers.ClientRun atftp = TftpPeers.atftpGet(server.port(), name, a);
                assertThat(atftp.status()).as(atftp.toString()).isNotZero();
                assertThat(atftp.output()).as(atftp.toString()).contains("<Access violation");
                Path h = downloads.resolve("h" + n++);
                TftpPeers.ClientRun hpa = TftpPeers.tftpHpaGet(server.port(), name, h, "octet");
                if (!name.contains("\\")) {
                    // tftp-hpa turns "host:file" syntax and backslashes into its own meanings; the rest arrive as typed
                    assertThat(hpa.output()).as(hpa.toString()).contains("Error code 2:");
                }
                for (Path got : new Path[] {a, h}) {
                    if (Files.exists(got)) {
                        assertNoSecret(Files.readAllBytes(got));
                    }
                }
            }
            TftpPeers.ClientRun curl = TftpPeers.run(java.util.List.of(TftpPeers.require("curl").toString(), "-sS",
                    "--path-as-is", "-o", downloads.resolve("c").toString(),
                    "tftp://127.0.0.1:" + server.port() + "/../outside/secret.txt"));
            assertThat(curl.status()).as("curl exit 69 is CURLE_TFTP_PERM, error 2: " + curl).isEqualTo(69);
            TftpPeers.ClientRun hello = TftpPeers.curlGet(server.port(), "sub/inner.txt", downloads.resolve("inner"), null);
            assertThat(hello.status()).as(hello.toString()).isZero();
            assertThat(downloads.resolve("inner")).hasContent("inside");
        }
        assertThat(corpus.untouched()).isEmpty();
    }

    @Test
    void realClientsUploadingToHostileNamesGetError2AndWriteNothingOutside() throws IOException {
        TftpPeers.require("atftp");
        Path payload = downloads.resolve("payload");
        Files.writeString(payload, "written by a hostile client\n");
        try (OurServer server = OurServer.writable(corpus.root(), true)) {
            for (String name : corpus.hostileUploadNames()) {
                if (name.getBytes(StandardCharsets.UTF_8).length > 255) {
                    continue; // atftp cuts a remote name to 255 bytes; the raw test sends it whole
                }
                TftpPeers.ClientRun atftp = TftpPeers.atftpPut(server.port(), payload, name);
                assertThat(atftp.status()).as(atftp + "\n" + server.events()).isNotZero();
                assertThat(atftp.output()).as(atftp.toString()).contains("<Access violation");
                if (!name.contains("\\")) {
                    TftpPeers.ClientRun hpa = TftpPeers.tftpHpaPut(server.port(), payload, name, "octet");
                    assertThat(hpa.output()).as(hpa.toString()).contains("Error code 2:");
                }
            }
        }
        assertThat(corpus.untouched()).isEmpty();
        assertThat(Files.readString(corpus.outside().resolve("secret.txt"))).isEqualTo(TraversalCorpus.SECRET);
    }

    @Test
    void anUploadToANameOfExactly255BytesIsAnswered() throws IOException {
        try (OurServer server = OurServer.writable(corpus.root(), false); RawTftp raw = new RawTftp()) {
            byte[] wrq = TftpPeers.readRequest("n".repeat(255), "octet");
            wrq[1] = 2;
            RawTftp.Reply reply = raw.ask(wrq, server.port())
                    .orElseThrow(() -> new AssertionError("no answer to a WRQ for a 255-byte name; " + server.events()));
            if (reply.packet().orElseThrow() instanceof TftpPacket.Ack ack) {
                assertThat(ack.block()).isZero();
                raw.send(new TftpPacket.Data(1, "ok".getBytes(StandardCharsets.UTF_8)).encode(), reply.fromPort());
                assertThat(raw.receive(5000).orElseThrow().packet()).get().isEqualTo(new TftpPacket.Ack(1));
                assertThat(corpus.root().resolve("n".repeat(255))).hasContent("ok");
            } else {
                assertThat(reply.errorCode()).as(reply.toString()).isIn(0, 2, 3);
            }
        }
        assertThat(corpus.untouched()).isEmpty();
    }

    private static void assertStillServes(OurServer server, RawTftp raw) throws IOException {
        Optional<RawTftp.Reply> reply = raw.ask(TftpPeers.readRequest("hello.txt", "octet"), server.port());
        assertThat(reply).isPresent();
        assertThat(reply.get().packet()).get().isEqualTo(new TftpPacket.Data(1, "Hello, TFTP!\n".getBytes(StandardCharsets.UTF_8)));
        raw.send(new TftpPacket.Ack(1).encode(), reply.get().fromPort());
    }

    private static void assertNoSecret(byte[] bytes) {
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("SECRET");
    }
}
