package netlab.core.kernel;

import java.net.InetSocketAddress;

/**
 * One line of {@code /proc/net/tcp} or {@code /proc/net/tcp6}: a TCP socket as the kernel sees it.
 *
 * @param local   the local address and port
 * @param remote  the peer's address and port (0.0.0.0:0 for a listening socket)
 * @param state   the connection state (RFC 9293 §3.3.2)
 * @param code    the raw state number, kept when {@code state} is {@link TcpState#UNKNOWN}
 * @param txQueue bytes sent but not yet acknowledged (for LISTEN: the accept queue length)
 * @param rxQueue bytes received but not yet read by the program
 * @param uid     the owner's user id
 * @param inode   the socket's inode (0 for TIME_WAIT: no program owns it any more)
 */
public record KernelSocket(InetSocketAddress local, InetSocketAddress remote, TcpState state, int code,
                           long txQueue, long rxQueue, int uid, long inode) {

    /** True when this socket's local or remote end is {@code address}. */
    public boolean touches(InetSocketAddress address) {
        return local.equals(address) || remote.equals(address);
    }

    /** True when this is the connection from {@code a} to {@code b} (as seen from {@code a}). */
    public boolean is(InetSocketAddress a, InetSocketAddress b) {
        return local.equals(a) && remote.equals(b);
    }
}
