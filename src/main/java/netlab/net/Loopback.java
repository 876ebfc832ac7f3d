package netlab.net;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/** The loopback addresses every demo uses: 127.0.0.1 (RFC 1122 §3.2.1.3) and ::1 (RFC 4291 §2.5.3). */
public final class Loopback {
    /** 127.0.0.1. */
    public static final InetAddress V4 = address(new byte[] {127, 0, 0, 1});

    private Loopback() {
    }

    /** 127.0.0.1 with {@code port} (0 lets the kernel choose an ephemeral port). */
    public static InetSocketAddress v4(int port) {
        return new InetSocketAddress(V4, port);
    }

    private static InetAddress address(byte[] bytes) {
        try {
            return InetAddress.getByAddress("localhost", bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
