package netlab.shell.commands.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import netlab.net.Loopback;
import netlab.net.Scope;
import netlab.net.chat.ChatConnection;
import netlab.net.chat.ChatServer;
import netlab.shell.LabRun;
import org.junit.jupiter.api.Test;

class ChatCommandsTest {
    @Test
    void demoShowsBothSidesAndTheBytes() {
        LabRun run = LabRun.of("", "--no-color", "chat", "demo", "你好");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("client types: 你好\n    server read: 你好\n")
                .contains("client types: We both type at once\nserver types: and both lines arrive\n")
                .contains("* client typed exit: the chat is over, both sides closed")
                .contains("00000000  e4 bd a0 e5 a5 bd 0a                              |.......|");
    }

    @Test
    void connectSendsTypedLinesAndExitEndsBothSides() throws Exception {
        BlockingQueue<String> atServer = new LinkedBlockingQueue<>();
        try (Scope scope = new Scope()) {
            ChatServer server = new ChatServer(scope, socket -> new ChatConnection.Events() {
                @Override
                public void message(String text, byte[] wire) {
                    atServer.add(text);
                }

                @Override
                public void ended(ChatConnection.End end, String detail) {
                    atServer.add("end:" + end);
                }
            });
            InetSocketAddress a = server.start(Loopback.v4(0));
            server.open();
            LabRun run = LabRun.of("hello\n\n你好\nexit\n", "--no-color", "chat", "connect", "127.0.0.1:" + a.getPort(), "--hex");
            assertThat(run.status()).as(run.both()).isZero();
            assertThat(run.out()).containsPattern("connected 127\\.0\\.0\\.1:[0-9]+ → 127\\.0\\.0\\.1:" + a.getPort())
                    .contains("> hello\nsent 6 bytes:\n00000000  68 65 6c 6c 6f 0a")
                    .contains("> exit\nsent 5 bytes:\n")
                    .endsWith("* you typed exit: server closed in turn; the chat is over\n");
            assertThat(atServer.poll(5, TimeUnit.SECONDS)).isEqualTo("hello");
            assertThat(atServer.poll(5, TimeUnit.SECONDS)).isEqualTo("你好");
            assertThat(atServer.poll(5, TimeUnit.SECONDS)).isEqualTo("exit");
            assertThat(atServer.poll(5, TimeUnit.SECONDS)).isEqualTo("end:PEER_EXIT");
        }
    }

    @Test
    void serveWaitsForAClientThenItsExitEndsTheChatOnBothSides() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, Loopback.V4)) {
            port = probe.getLocalPort();
        }
        LabRun[] result = new LabRun[1];
        int p = port;
        Thread lab = Thread.ofPlatform().start(() -> result[0] = LabRun.of("hi client\nexit\n", "--no-color", "chat", "serve",
                "--port", String.valueOf(p)));
        try (Socket client = connectWhenListening(port)) {
            client.getOutputStream().write("hi server\n".getBytes(StandardCharsets.UTF_8));
            InputStream in = client.getInputStream();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("hi client\nexit\n");
            lab.join(10_000);
        }
        assertThat(result[0].status()).isZero();
        assertThat(result[0].out()).startsWith("chat server on 127.0.0.1:" + port)
                .containsPattern("\\* client 127\\.0\\.0\\.1:[0-9]+ joined")
                .contains("> hi client\n").contains("> exit\n")
                .endsWith("chat server stopped\n");
    }

    @Test
    void aRefusedConnectIsOneLine() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, Loopback.V4)) {
            port = probe.getLocalPort();
        }
        LabRun run = LabRun.of("", "--no-color", "chat", "connect", "127.0.0.1:" + port);
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("error: connection refused by 127.0.0.1:" + port
                + " (nothing is listening there; start the server first)\n");
    }

    static Socket connectWhenListening(int port) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (true) {
            Socket s = new Socket();
            try {
                s.connect(Loopback.v4(port), 500);
                s.setSoTimeout(10_000);
                return s;
            } catch (java.io.IOException notYet) {
                s.close();
                if (System.currentTimeMillis() > deadline) {
                    throw notYet;
                }
                Thread.sleep(20);
            }
        }
    }
}
