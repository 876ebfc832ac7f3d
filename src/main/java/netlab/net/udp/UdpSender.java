package netlab.net.udp;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import netlab.core.InvalidInputException;
import netlab.core.traffic.Action;
import netlab.core.traffic.TrafficLog;
import netlab.core.traffic.Transport;
import netlab.net.NetFailure;
import netlab.net.Scope;

/**
 * Sends one UDP datagram (RFC 768) and listens briefly for the kernel's answer: on loopback a
 * closed port answers with ICMP port unreachable (RFC 792, RFC 1122 §4.1.3.1), which a connected
 * UDP socket reports as an error on its next receive. Nothing else comes back: UDP has no ACK.
 */
public final class UdpSender {
    /** The largest UDP payload over IPv4: 65,535 (IPv4 total length) − 20 (IPv4 header) − 8 (UDP header). */
    public static final int MAX_IPV4_PAYLOAD = 65_507;
    /** The largest UDP payload over IPv6 without jumbograms: 65,535 (payload length) − 8 (UDP header). */
    public static final int MAX_IPV6_PAYLOAD = 65_527;

    private final Scope scope;
    private final TrafficLog log;

    public UdpSender(Scope scope, TrafficLog log) {
        this.scope = scope;
        this.log = log;
    }

    /** What happened to the datagram, as far as the sender can know. */
    public enum Outcome {
        /** Sent; no error came back (UDP never says more: it may or may not have been read). */
        SENT,
        /** The kernel answered ICMP port unreachable: nothing listens on that port. */
        PORT_UNREACHABLE
    }

    /** Checks the size against the limit of the address family before anything is opened. */
    public static void checkSize(InetSocketAddress to, int size) {
        boolean v6 = to.getAddress() instanceof Inet6Address;
        int limit = v6 ? MAX_IPV6_PAYLOAD : MAX_IPV4_PAYLOAD;
        if (size > limit) {
            throw new InvalidInputException(String.format(
                    "a UDP datagram over %s carries at most %,d bytes (%s), and this one has %,d; send less or split it",
                    v6 ? "IPv6" : "IPv4", limit,
                    v6 ? "65,535 payload length − 8 bytes of UDP header"
                            : "65,535 IPv4 total length − 20 bytes of IPv4 header − 8 bytes of UDP header", size));
        }
    }

    /** Sends {@code payload} to {@code to} from an ephemeral port, waiting up to {@code waitMillis} for an ICMP error. */
    public Outcome send(InetSocketAddress to, byte[] payload, int waitMillis) throws IOException {
        checkSize(to, payload.length);
        DatagramSocket socket = scope.add(new DatagramSocket(null));
        socket.bind(new InetSocketAddress(to.getAddress() instanceof Inet6Address ? "::1" : "127.0.0.1", 0));
        socket.connect(to);
        InetSocketAddress local = (InetSocketAddress) socket.getLocalSocketAddress();
        log.role(local, "sender");
        log.role(to, "receiver");
        log.record(Transport.UDP, Action.SEND, local, to, payload, "");
        try {
            socket.send(new DatagramPacket(payload, payload.length));
            socket.setSoTimeout(Math.max(1, waitMillis));
            DatagramPacket reply = new DatagramPacket(new byte[65535], 65535);
            socket.receive(reply);
            log.record(Transport.UDP, Action.RECEIVE, to, local,
                    java.util.Arrays.copyOf(reply.getData(), reply.getLength()), "");
            return Outcome.SENT;
        } catch (PortUnreachableException e) {
            log.note("ICMP port unreachable: nothing listens on " + NetFailure.name(to));
            return Outcome.PORT_UNREACHABLE;
        } catch (SocketTimeoutException e) {
            return Outcome.SENT;
        } catch (InterruptedIOException e) {
            throw e;
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().contains("too long")) {
                throw new NetFailure(NetFailure.Kind.OTHER, "the kernel refused the datagram: " + e.getMessage(), e);
            }
            throw NetFailure.of(e, "sendto", to);
        } finally {
            socket.close();
        }
    }
}
