package netlab.net.tftp.interop;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import netlab.core.tftp.Mode;
import netlab.core.tftp.TftpOption;
import netlab.core.tftp.TftpOptions;
import netlab.core.traffic.TrafficLog;
import netlab.net.Scope;
import netlab.net.tftp.Faults;
import netlab.net.tftp.TftpClient;

/** The lab's TFTP client, one transfer per call, in its own scope (closed afterwards). */
public final class OurClient {
    private OurClient() {
    }

    /** Options as a client asks for them: 0 leaves an option out. */
    public static TftpOptions options(int blksize, int windowsize, boolean tsize) {
        TftpOptions options = TftpOptions.NONE;
        if (blksize > 0) {
            options = options.with(TftpOption.BLKSIZE, blksize);
        }
        if (windowsize > 0) {
            options = options.with(TftpOption.WINDOWSIZE, windowsize);
        }
        if (tsize) {
            options = options.with(TftpOption.TSIZE, 0);
        }
        return options;
    }

    public static TftpClient.Request request(int port, String file, Mode mode, TftpOptions options, long timeoutMillis,
                                             int retries, Faults faults) {
        return new TftpClient.Request(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), file, mode, options,
                timeoutMillis, retries, faults);
    }

    public static TftpClient.Result get(int port, String file, Path out, Mode mode, TftpOptions options) throws IOException {
        return get(request(port, file, mode, options, 1000, 5, Faults.NONE), out);
    }

    public static TftpClient.Result get(TftpClient.Request request, Path out) throws IOException {
        return get(request, out, null);
    }

    /** A download whose packets are recorded in {@code log} (null: not recorded). */
    public static TftpClient.Result get(TftpClient.Request request, Path out, TrafficLog log) throws IOException {
        try (Scope scope = new Scope()) {
            return new TftpClient(scope, log, log == null ? 0 : 500).get(request, out, n -> {
            });
        }
    }

    public static TftpClient.Result put(int port, Path in, String name, Mode mode, TftpOptions options) throws IOException {
        return put(request(port, name, mode, options, 1000, 5, Faults.NONE), in);
    }

    public static TftpClient.Result put(TftpClient.Request request, Path in) throws IOException {
        return put(request, in, null);
    }

    /** An upload whose packets are recorded in {@code log} (null: not recorded). */
    public static TftpClient.Result put(TftpClient.Request request, Path in, TrafficLog log) throws IOException {
        try (Scope scope = new Scope()) {
            return new TftpClient(scope, log, log == null ? 0 : 500).put(request, in, n -> {
            });
        }
    }
}
