package netlab.net.tftp.interop;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.util.Arrays;
import java.util.Optional;
import netlab.core.tftp.TftpCodec;
import netlab.core.tftp.TftpPacket;

/** Hand-made datagrams for a TFTP server on loopback, and the first answer to each. */
public final class RawTftp implements AutoCloseable {
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    /** One answer: the bytes, the port (TID) it came from, and the packet if it decodes. */
    public record Reply(byte[] bytes, int fromPort) {
        public Optional<TftpPacket> packet() {
            try {
                return Optional.of(TftpCodec.decode(bytes));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }

        /** The error code if this is an ERROR, else -1. */
        public int errorCode() {
            return packet().filter(p -> p instanceof TftpPacket.Error).map(p -> ((TftpPacket.Error) p).code()).orElse(-1);
        }

        @Override
        public String toString() {
            return packet().map(Object::toString).orElse("undecodable " + Arrays.toString(bytes)) + " from port " + fromPort;
        }
    }

    private final DatagramSocket socket;

    public RawTftp() throws IOException {
        socket = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0));
    }

    public int port() {
        return socket.getLocalPort();
    }

    public void send(byte[] bytes, int port) throws IOException {
        socket.send(new DatagramPacket(bytes, bytes.length, LOOPBACK, port));
    }

    /** The next datagram within {@code millis}, or empty. */
    public Optional<Reply> receive(int millis) throws IOException {
        byte[] buffer = new byte[65536];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        socket.setSoTimeout(millis);
        try {
            socket.receive(packet);
        } catch (SocketTimeoutException e) {
            return Optional.empty();
        }
        return Optional.of(new Reply(Arrays.copyOf(buffer, packet.getLength()), packet.getPort()));
    }

    /** Sends {@code request} to {@code port} and waits up to 5 s for the first answer. */
    public Optional<Reply> ask(byte[] request, int port) throws IOException {
        send(request, port);
        return receive(5000);
    }

    @Override
    public void close() {
        socket.close();
    }
}
