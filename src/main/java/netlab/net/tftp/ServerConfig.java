package netlab.net.tftp;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How a {@link TftpServer} runs. Defaults: read-only, at most 64 transfers at once, blocks up to
 * 65464 bytes, windows up to 64 blocks, 1 s before a retransmission (unless the client's timeout
 * option says otherwise), 5 retransmissions, no injected faults.
 *
 * @param root         the only folder served
 * @param bind         the address and port of the request socket (port 0: any free port)
 * @param allowWrite   accept WRQ at all
 * @param create       let a WRQ replace an existing file
 * @param maxTransfers transfers running at once; more get error 0 "busy"
 */
public record ServerConfig(Path root, InetSocketAddress bind, boolean allowWrite, boolean create, int maxTransfers,
                           int maxBlock, int maxWindow, long timeoutMillis, int retries, Faults faults) {
    public ServerConfig {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(faults, "faults");
    }

    public static ServerConfig of(Path root, InetSocketAddress bind) {
        return new ServerConfig(root, bind, false, false, 64, 65464, 64, 1000, 5, Faults.NONE);
    }

    public ServerConfig writable(boolean allowWrite, boolean create) {
        return new ServerConfig(root, bind, allowWrite, create, maxTransfers, maxBlock, maxWindow, timeoutMillis, retries,
                faults);
    }

    public ServerConfig withFaults(Faults f) {
        return new ServerConfig(root, bind, allowWrite, create, maxTransfers, maxBlock, maxWindow, timeoutMillis, retries, f);
    }

    public ServerConfig withTimeout(long millis, int retryCount) {
        return new ServerConfig(root, bind, allowWrite, create, maxTransfers, maxBlock, maxWindow, millis, retryCount,
                faults);
    }

    public ServerConfig withMaxTransfers(int n) {
        return new ServerConfig(root, bind, allowWrite, create, n, maxBlock, maxWindow, timeoutMillis, retries, faults);
    }
}
