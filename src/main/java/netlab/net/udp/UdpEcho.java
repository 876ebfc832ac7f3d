package netlab.net.udp;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import netlab.core.traffic.Action;
import netlab.core.traffic.TrafficLog;
import netlab.core.traffic.Transport;
import netlab.net.Loopback;
import netlab.net.NetFailure;
import netlab.net.Scope;

/**
 * The seeds' UDP echo service (RFC 862 in spirit, RFC 768 datagrams) on 127.0.0.1: a server that
 * sends every datagram back to whoever sent it and stops after echoing {@code exit}, and a client
 * that sends each message and waits for its echo. No connection is set up: the first datagram is
 * the first packet on the wire.
 */
public final class UdpEcho {
    /** The message that ends the server (and the client), as in the seeds. */
    public static final String EXIT = "exit";
    private static final int TIMEOUT_MS = 2000;

    private final Scope scope;
    private final TrafficLog log;

    public UdpEcho(Scope scope, TrafficLog log) {
        this.scope = scope;
        this.log = log;
    }

    /** One message and the echo that came back. */
    public record Echo(byte[] sent, byte[] echoed) {
        public Echo {
            sent = sent.clone();
            echoed = echoed.clone();
        }

        public boolean same() {
            return Arrays.equals(sent, echoed);
        }
    }

    /**
     * @param client  the client's address
     * @param server  the server's address
     * @param echoes  every message and its echo, in order
     * @param skipped messages not sent because {@code exit} came before them
     */
    public record Result(InetSocketAddress client, InetSocketAddress server, List<Echo> echoes, int skipped) {
        public Result {
            echoes = List.copyOf(echoes);
        }
    }

    /** Runs server and client; {@code exit} is appended when the messages do not end with it. */
    public Result run(List<String> messages) throws IOException {
        List<String> toSend = new ArrayList<>();
        int skipped = 0;
        for (String m : messages) {
            if (!toSend.isEmpty() && toSend.get(toSend.size() - 1).equals(EXIT)) {
                skipped++;
            } else {
                toSend.add(m);
            }
        }
        if (toSend.isEmpty() || !toSend.get(toSend.size() - 1).equals(EXIT)) {
            toSend.add(EXIT);
        }
        for (String m : toSend) {
            UdpSender.checkSize(Loopback.v4(1), m.getBytes(StandardCharsets.UTF_8).length);
        }
        DatagramSocket server = scope.add(new DatagramSocket(null));
        DatagramSocket client = scope.add(new DatagramSocket(null));
        server.bind(Loopback.v4(0));
        client.bind(Loopback.v4(0));
        InetSocketAddress serverAddress = (InetSocketAddress) server.getLocalSocketAddress();
        InetSocketAddress clientAddress = (InetSocketAddress) client.getLocalSocketAddress();
        log.role(clientAddress, "client");
        log.role(serverAddress, "server");
        Thread serverThread = scope.start("udp-echo-server", () -> serve(server, serverAddress));
        client.setSoTimeout(TIMEOUT_MS);
        List<Echo> echoes = new ArrayList<>();
        byte[] buffer = new byte[65535];
        for (String message : toSend) {
            byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
            log.record(Transport.UDP, Action.SEND, clientAddress, serverAddress, bytes, "");
            try {
                client.send(new DatagramPacket(bytes, bytes.length, serverAddress));
                DatagramPacket reply = new DatagramPacket(buffer, buffer.length);
                client.receive(reply);
                byte[] echoed = Arrays.copyOf(reply.getData(), reply.getLength());
                log.record(Transport.UDP, Action.RECEIVE, (InetSocketAddress) reply.getSocketAddress(), clientAddress,
                        echoed, "");
                echoes.add(new Echo(bytes, echoed));
            } catch (IOException e) {
                throw NetFailure.of(e, "waiting for the echo", serverAddress);
            }
        }
        join(serverThread);
        return new Result(clientAddress, serverAddress, echoes, skipped);
    }

    private void serve(DatagramSocket server, InetSocketAddress serverAddress) {
        byte[] buffer = new byte[65535];
        try {
            while (!scope.cancelled()) {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                server.receive(packet);
                byte[] data = Arrays.copyOf(packet.getData(), packet.getLength());
                InetSocketAddress from = (InetSocketAddress) packet.getSocketAddress();
                log.record(Transport.UDP, Action.RECEIVE, from, serverAddress, data, "");
                log.record(Transport.UDP, Action.SEND, serverAddress, from, data, "");
                boolean exit = new String(data, StandardCharsets.UTF_8).equals(EXIT);
                if (exit) {
                    log.note("server got \"exit\": it echoes it and stops");
                }
                server.send(new DatagramPacket(data, data.length, from));
                if (exit) {
                    return;
                }
            }
        } catch (SocketException closed) {
            // the scope closed the socket: the demo was stopped
        } catch (IOException e) {
            log.note("server: " + e.getMessage());
        }
    }

    private static void join(Thread thread) throws IOException {
        try {
            thread.join(TIMEOUT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("stopped");
        }
    }
}
