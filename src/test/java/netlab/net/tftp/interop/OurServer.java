package netlab.net.tftp.interop;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import netlab.net.tftp.Faults;
import netlab.net.tftp.ServerConfig;
import netlab.net.tftp.TftpServer;

/** The lab's TFTP server on 127.0.0.1, port 0, in this JVM, keeping its event lines. */
public final class OurServer implements AutoCloseable {
    private final TftpServer server;
    private final List<String> events = new CopyOnWriteArrayList<>();

    private OurServer(ServerConfig config) throws IOException {
        server = new TftpServer(config, events::add, null).start();
    }

    public static OurServer readOnly(Path root) throws IOException {
        return new OurServer(config(root));
    }

    public static OurServer writable(Path root, boolean create) throws IOException {
        return new OurServer(config(root).writable(true, create));
    }

    public static OurServer with(ServerConfig config) throws IOException {
        return new OurServer(config);
    }

    public static ServerConfig config(Path root) {
        return ServerConfig.of(root, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    public static ServerConfig lossy(Path root, double loss, double dup, long seed) {
        return config(root).withFaults(new Faults(loss, dup, seed));
    }

    public int port() {
        return server.address().getPort();
    }

    public TftpServer server() {
        return server;
    }

    public List<String> events() {
        return events;
    }

    @Override
    public void close() {
        server.close();
    }
}
