package netlab.net.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import netlab.core.framing.Framing;
import netlab.net.Loopback;
import netlab.net.NetProbe;
import netlab.net.Scope;
import netlab.net.Waits;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The load server in each model survives what a hostile or broken peer does, keeps serving the
 * others, and leaves no thread or socket behind when its scope closes.
 */
class LoadServerTest {
    @ParameterizedTest
    @EnumSource(EchoModel.class)
    void aClientThatLeavesMidMessageDoesNotStopTheServer(EchoModel model) throws Exception {
        try (Scope scope = new Scope()) {
            LoadServer server = LoadServer.of(model, scope);
            InetSocketAddress address = server.start(Loopback.v4(0), 50);
            try (Socket quitter = new Socket(address.getAddress(), address.getPort())) {
                quitter.getOutputStream().write(new byte[] {0, 0, 0, 100, 1, 2, 3});
            }
            awaitTrue(() -> server.dropped() == 1);
            assertThat(server.lastDrop()).contains("in the middle of a message");
            assertEchoes(address, "still here");
            awaitTrue(() -> server.active() == 0);
        }
    }

    @ParameterizedTest
    @EnumSource(EchoModel.class)
    void aLengthPrefixOfTwoGibibytesClosesOnlyThatConnection(EchoModel model) throws Exception {
        try (Scope scope = new Scope()) {
            LoadServer server = LoadServer.of(model, scope);
            InetSocketAddress address = server.start(Loopback.v4(0), 50);
            try (Socket good = new Socket(address.getAddress(), address.getPort());
                 Socket garbage = new Socket(address.getAddress(), address.getPort())) {
                echo(good, "before");
                garbage.getOutputStream().write(new byte[] {(byte) 0x80, 0, 0, 0, 'x', 'y'});
                assertThat(readToEnd(garbage.getInputStream())).as("the server closes the garbage connection").isTrue();
                awaitTrue(() -> server.dropped() == 1);
                assertThat(server.lastDrop()).startsWith("length prefix 0x80000000 says 2,147,483,648 bytes");
                echo(good, "after");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(EchoModel.class)
    void aThousandClientsConnectingAndDroppingAtOnceLeaveItServing(EchoModel model) throws Exception {
        try (Scope scope = new Scope()) {
            LoadServer server = LoadServer.of(model, scope);
            InetSocketAddress address = server.start(Loopback.v4(0), 1000);
            try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<?>> done = new ArrayList<>();
                for (int i = 0; i < 1000; i++) {
                    boolean reset = i % 2 == 0;
                    done.add(clients.submit(() -> {
                        try (Socket s = new Socket(address.getAddress(), address.getPort())) {
                            if (reset) {
                                s.setSoLinger(true, 0);
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            }
            awaitTrue(() -> server.accepted() == 1000 && server.active() == 0);
            assertEchoes(address, "one more");
        }
    }

    @ParameterizedTest
    @EnumSource(EchoModel.class)
    void closingTheScopeLeavesNoThreadOrSocket(EchoModel model) throws Exception {
        run(model);
        Set<String> threads = NetProbe.threads();
        long fds = NetProbe.descriptors();
        run(model);
        awaitTrue(() -> NetProbe.threads().equals(threads), () -> threads + " → " + NetProbe.threads());
        assertThat(NetProbe.descriptors()).isEqualTo(fds);
    }

    /** A server with open, idle connections, closed while they wait. */
    private static void run(EchoModel model) throws Exception {
        try (Scope scope = new Scope()) {
            LoadServer server = LoadServer.of(model, scope);
            InetSocketAddress address = server.start(Loopback.v4(0), 50);
            for (int i = 0; i < 5; i++) {
                Socket s = scope.add(new Socket(address.getAddress(), address.getPort()));
                echo(s, "idle " + i);
            }
        }
    }

    private static void assertEchoes(InetSocketAddress address, String text) throws IOException {
        try (Socket s = new Socket(address.getAddress(), address.getPort())) {
            echo(s, text);
        }
    }

    private static void echo(Socket s, String text) throws IOException {
        byte[] frame = Framing.LENGTH.encode(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        s.setSoTimeout(5000);
        s.getOutputStream().write(frame);
        byte[] back = new byte[frame.length];
        new DataInputStream(s.getInputStream()).readFully(back);
        assertThat(back).isEqualTo(frame);
    }

    /** True when the peer closed (end of stream or reset) without sending anything. */
    private static boolean readToEnd(InputStream in) throws IOException {
        try {
            return in.read() < 0;
        } catch (java.net.SocketException e) {
            return e.getMessage().contains("reset");
        }
    }

    /** Waits (at most 10 s) for a condition another thread makes true. */
    static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        awaitTrue(condition, () -> "");
    }

    static void awaitTrue(BooleanSupplier condition, java.util.function.Supplier<String> what) throws InterruptedException {
        assertThat(Waits.until(condition, 10_000)).as("condition reached within 10 s " + what.get()).isTrue();
    }
}
