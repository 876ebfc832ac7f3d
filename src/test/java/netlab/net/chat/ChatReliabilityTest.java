package netlab.net.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import netlab.net.Crowd;
import netlab.net.Loopback;
import netlab.net.NetProbe;
import netlab.net.Scope;
import netlab.net.Waits;
import netlab.core.traffic.TrafficLog;
import org.junit.jupiter.api.Test;

/**
 * The chat server keeps serving when clients misbehave: a client that drops mid-message, one that
 * sends a line of a megabyte with no newline, a thousand that connect and drop at once. Afterwards
 * a real client still chats, and closing the scope leaves no thread or descriptor behind.
 */
class ChatReliabilityTest {
    /** What the server side saw, as text: "msg:TEXT" and "end:KIND". */
    private final BlockingQueue<String> seen = new LinkedBlockingQueue<>();

    private ChatServer server(Scope scope) {
        return new ChatServer(scope, socket -> new ChatConnection.Events() {
            @Override
            public void message(String text, byte[] wire) {
                seen.add("msg:" + text);
            }

            @Override
            public void ended(ChatConnection.End end, String detail) {
                seen.add("end:" + end);
            }
        });
    }

    private String next() throws InterruptedException {
        String s = seen.poll(10, TimeUnit.SECONDS);
        assertThat(s).as("the server reported something in time").isNotNull();
        return s;
    }

    /** Connects once every earlier client has been handled and no chat is on. */
    private Socket chatWhenFree(ChatServer server, InetSocketAddress address, long before) throws Exception {
        Waits.until(() -> server.accepted() >= before && server.current() == null, 20_000);
        assertThat(server.current()).as("the crowd's chats have all ended").isNull();
        Socket s = new Socket();
        s.connect(address, 5000);
        s.setSoTimeout(5000);
        return s;
    }

    private void chatsNormally(ChatServer server, InetSocketAddress address, long before) throws Exception {
        try (Socket client = chatWhenFree(server, address, before)) {
            seen.clear();
            ChatConnection serverSide = server.awaitClient(5000);
            assertThat(serverSide).isNotNull();
            client.getOutputStream().write("hello after the storm\n".getBytes(StandardCharsets.UTF_8));
            String m;
            do {
                m = next();
            } while (!m.startsWith("msg:"));
            assertThat(m).isEqualTo("msg:hello after the storm");
            serverSide.send("welcome back");
            byte[] buffer = new byte[64];
            int n = client.getInputStream().read(buffer);
            assertThat(new String(buffer, 0, n, StandardCharsets.UTF_8)).isEqualTo("welcome back\n");
            client.getOutputStream().write("exit\n".getBytes(StandardCharsets.UTF_8));
            assertThat(client.getInputStream().read()).as("the server closes after exit").isEqualTo(-1);
        }
    }

    @Test
    void exitFromEitherSideEndsTheChatOnBoth() throws Exception {
        try (Scope scope = new Scope()) {
            ChatServer server = server(scope);
            InetSocketAddress address = server.start(Loopback.v4(0));
            server.open();
            BlockingQueue<String> atClient = new LinkedBlockingQueue<>();
            Socket socket = scope.add(new Socket());
            socket.connect(address);
            ChatConnection client = new ChatConnection(scope, socket, new ChatConnection.Events() {
                @Override
                public void message(String text, byte[] wire) {
                    atClient.add("msg:" + text);
                }

                @Override
                public void ended(ChatConnection.End end, String detail) {
                    atClient.add("end:" + end);
                }
            }).start();
            ChatConnection serverSide = server.awaitClient(5000);
            client.send("你好");
            serverSide.send("hi");
            assertThat(next()).isEqualTo("msg:你好");
            assertThat(atClient.poll(5, TimeUnit.SECONDS)).isEqualTo("msg:hi");
            serverSide.exit();
            assertThat(atClient.poll(5, TimeUnit.SECONDS)).isEqualTo("msg:exit");
            assertThat(atClient.poll(5, TimeUnit.SECONDS)).isEqualTo("end:PEER_EXIT");
            assertThat(next()).isEqualTo("end:LOCAL_EXIT");
            assertThat(client.ended()).isTrue();
        }
    }

    @Test
    void misbehavingClientsLeaveTheServerServingOthersAndNothingBehind() throws Exception {
        Set<String> threads = NetProbe.threads();
        long fds = NetProbe.descriptors();
        try (Scope scope = new Scope()) {
            ChatServer server = server(scope);
            InetSocketAddress address = server.start(Loopback.v4(0));
            server.open();

            try (Socket half = new Socket()) {
                half.connect(address);
                server.awaitClient(5000);
                half.getOutputStream().write("half a mess".getBytes(StandardCharsets.UTF_8));
                half.getOutputStream().flush();
            }
            assertThat(next()).isEqualTo("end:MID_MESSAGE");

            try (Socket garbage = new Socket()) {
                garbage.connect(address);
                server.awaitClient(5000);
                OutputStream out = garbage.getOutputStream();
                byte[] junk = new byte[1 << 20];
                java.util.Arrays.fill(junk, (byte) 'x');
                try {
                    out.write(junk);
                } catch (java.io.IOException closedOnUs) {
                    // the server closed the connection mid-write: expected
                }
            }
            assertThat(next()).isEqualTo("end:GARBAGE");

            Crowd.connectAndDrop(address, 1000);
            chatsNormally(server, address, 1002);
        }
        Waits.until(() -> NetProbe.threads().equals(threads), 20_000);
        assertThat(NetProbe.threads()).isEqualTo(threads);
        assertThat(NetProbe.descriptors()).isEqualTo(fds);
    }

    @Test
    void aDemoRunLeavesNothingBehind() throws Exception {
        try (Scope warm = new Scope()) {
            new ChatDemo(warm, new TrafficLog()).run("warm");
        }
        Set<String> threads = NetProbe.threads();
        long fds = NetProbe.descriptors();
        try (Scope scope = new Scope()) {
            ChatDemo.Result result = new ChatDemo(scope, new TrafficLog()).run("hi");
            assertThat(result.lines()).extracting(ChatDemo.Line::text).startsWith("hi", "hi");
            assertThat(result.serverEnd()).isEqualTo(ChatConnection.End.PEER_EXIT);
            assertThat(result.clientEnd()).isEqualTo(ChatConnection.End.LOCAL_EXIT);
        }
        assertThat(NetProbe.threads()).isEqualTo(threads);
        assertThat(NetProbe.descriptors()).isEqualTo(fds);
    }
}
