package netlab.core.wire;

import java.util.List;
import java.util.Objects;

/**
 * The frames of one TCP connection between a client and a server, with sequence and
 * acknowledgment numbers kept right as data flows (RFC 9293 §3.4–3.6): {@link #open()} gives the
 * three-way handshake (the SYNs carry MSS 65495, SACK Permitted and Window Scale 7, as Linux
 * loopback does), {@link #clientSends}/{@link #serverSends} one data segment each (PSH, ACK),
 * {@link #closeFromClient()}/{@link #closeFromServer()} the teardown as three segments
 * (FIN,ACK; FIN,ACK; ACK). Frames are built by {@link Frames}; each call advances the flow, so
 * call them in the order the traffic happened. Not thread-safe.
 */
public final class TcpFlow {
    private static final int WINDOW = 65535;
    /** 512 << 7 (the window scale of the SYNs) = 65536 bytes. */
    private static final int SCALED_WINDOW = 512;
    private final Endpoint client;
    private final Endpoint server;
    private long clientNext;
    private long serverNext;
    private int identification;

    /** A flow whose client and server start at initial sequence numbers {@code clientIsn} and {@code serverIsn}. */
    public TcpFlow(Endpoint client, Endpoint server, long clientIsn, long serverIsn) {
        this.client = Objects.requireNonNull(client, "client");
        this.server = Objects.requireNonNull(server, "server");
        this.clientNext = clientIsn & 0xffff_ffffL;
        this.serverNext = serverIsn & 0xffff_ffffL;
    }

    /** SYN, SYN-ACK, ACK. */
    public List<byte[]> open() {
        List<TcpOption> synOptions = List.of(new TcpOption.MaximumSegmentSize(65495), new TcpOption.NoOperation(),
                new TcpOption.WindowScale(7), new TcpOption.SackPermitted(), new TcpOption.EndOfOptionList());
        TcpHeader syn = new TcpHeader(client.port(), server.port(), clientNext, 0, TcpHeader.SYN, WINDOW, 0, 0, synOptions);
        byte[] first = Frames.tcp(client, server, syn, new byte[0], nextId());
        clientNext = advance(clientNext, 1);
        TcpHeader synAck = new TcpHeader(server.port(), client.port(), serverNext, clientNext,
                TcpHeader.SYN | TcpHeader.ACK, WINDOW, 0, 0, synOptions);
        byte[] second = Frames.tcp(server, client, synAck, new byte[0], nextId());
        serverNext = advance(serverNext, 1);
        return List.of(first, second, segment(true, TcpHeader.ACK, new byte[0]));
    }

    /** One data segment from the client (PSH, ACK). */
    public byte[] clientSends(byte[] data) {
        return segment(true, TcpHeader.PSH | TcpHeader.ACK, data);
    }

    /** One data segment from the server (PSH, ACK). */
    public byte[] serverSends(byte[] data) {
        return segment(false, TcpHeader.PSH | TcpHeader.ACK, data);
    }

    /** A pure acknowledgment from the client of everything the server sent. */
    public byte[] clientAcks() {
        return segment(true, TcpHeader.ACK, new byte[0]);
    }

    /** A pure acknowledgment from the server of everything the client sent. */
    public byte[] serverAcks() {
        return segment(false, TcpHeader.ACK, new byte[0]);
    }

    /** The client closes first: FIN,ACK from the client, FIN,ACK from the server, ACK from the client. */
    public List<byte[]> closeFromClient() {
        return List.of(segment(true, TcpHeader.FIN | TcpHeader.ACK, new byte[0]),
                segment(false, TcpHeader.FIN | TcpHeader.ACK, new byte[0]), segment(true, TcpHeader.ACK, new byte[0]));
    }

    /** The server closes first: FIN,ACK from the server, FIN,ACK from the client, ACK from the server. */
    public List<byte[]> closeFromServer() {
        return List.of(segment(false, TcpHeader.FIN | TcpHeader.ACK, new byte[0]),
                segment(true, TcpHeader.FIN | TcpHeader.ACK, new byte[0]), segment(false, TcpHeader.ACK, new byte[0]));
    }

    /** The next sequence number the client will send. */
    public long clientNext() {
        return clientNext;
    }

    /** The next sequence number the server will send. */
    public long serverNext() {
        return serverNext;
    }

    private byte[] segment(boolean fromClient, int flags, byte[] data) {
        Endpoint from = fromClient ? client : server;
        Endpoint to = fromClient ? server : client;
        long seq = fromClient ? clientNext : serverNext;
        long ack = fromClient ? serverNext : clientNext;
        long consumed = data.length + ((flags & TcpHeader.FIN) != 0 ? 1 : 0);
        if (fromClient) {
            clientNext = advance(clientNext, consumed);
        } else {
            serverNext = advance(serverNext, consumed);
        }
        return Frames.tcp(from, to, Frames.tcpHeader(from, to, seq, ack, flags, SCALED_WINDOW),
                data, nextId());
    }

    private int nextId() {
        int id = identification;
        identification = (identification + 1) & 0xffff;
        return id;
    }

    private static long advance(long seq, long by) {
        return (seq + by) & 0xffff_ffffL;
    }
}
