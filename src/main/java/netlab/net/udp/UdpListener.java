package netlab.net.udp;

import java.io.IOException;
import java.net.BindException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import netlab.core.traffic.Action;
import netlab.core.traffic.TrafficLog;
import netlab.core.traffic.Transport;
import netlab.net.NetFailure;
import netlab.net.Scope;

/**
 * A UDP socket bound to one address that records every datagram arriving there (RFC 768: each
 * receive returns exactly one datagram, whole), until {@code exit} arrives, a count is reached, a
 * quiet time passes, or the scope is closed. It never answers: UDP needs no reply.
 */
public final class UdpListener {
    private final Scope scope;
    private final TrafficLog log;
    private DatagramSocket socket;
    private InetSocketAddress local;

    public UdpListener(Scope scope, TrafficLog log) {
        this.scope = scope;
        this.log = log;
    }

    /** Why listening ended. */
    public enum End { EXIT, COUNT, QUIET, STOPPED }

    /** Binds the socket; port 0 takes any free port. Returns the address really bound. */
    public InetSocketAddress bind(InetSocketAddress address) throws IOException {
        socket = scope.add(new DatagramSocket(null));
        try {
            socket.bind(address);
        } catch (BindException e) {
            throw NetFailure.bind(address, "UDP", e);
        }
        local = (InetSocketAddress) socket.getLocalSocketAddress();
        log.role(local, "listener");
        return local;
    }

    /**
     * Receives until {@code exit}, {@code count} datagrams (0: no limit) or {@code quietMillis}
     * without a datagram (0: no limit).
     */
    public End receive(int count, int quietMillis) throws IOException {
        byte[] buffer = new byte[65535];
        socket.setSoTimeout(quietMillis);
        int received = 0;
        try {
            while (!scope.cancelled()) {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                socket.receive(packet);
                byte[] data = Arrays.copyOf(packet.getData(), packet.getLength());
                log.record(Transport.UDP, Action.RECEIVE, (InetSocketAddress) packet.getSocketAddress(), local, data, "");
                received++;
                if (new String(data, StandardCharsets.UTF_8).strip().equals(UdpEcho.EXIT)) {
                    return End.EXIT;
                }
                if (count > 0 && received >= count) {
                    return End.COUNT;
                }
            }
        } catch (SocketTimeoutException e) {
            return End.QUIET;
        } catch (SocketException e) {
            if (!scope.cancelled() && !socket.isClosed()) {
                throw e;
            }
        }
        return End.STOPPED;
    }
}
