package netlab.net.tftp;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongConsumer;
import netlab.core.tftp.BlockReceiver;
import netlab.core.tftp.BlockSender;
import netlab.core.tftp.BlockSource;
import netlab.core.tftp.ErrorCode;
import netlab.core.tftp.Mode;
import netlab.core.tftp.Negotiation;
import netlab.core.tftp.Netascii;
import netlab.core.tftp.Step;
import netlab.core.tftp.TftpCodec;
import netlab.core.tftp.TftpFormatException;
import netlab.core.tftp.TftpOption;
import netlab.core.tftp.TftpOptions;
import netlab.core.tftp.TftpPacket;
import netlab.core.tftp.TransferFailure;
import netlab.core.tftp.TransferMachine;
import netlab.core.tftp.TransferState;
import netlab.core.tftp.TransferStats;
import netlab.core.traffic.TrafficLog;
import netlab.net.Scope;

/**
 * A TFTP client: {@link #get} and {@link #put}. The request goes to the server's port; the answer
 * comes from a new port (the server's transfer ID), which is the only peer from then on. A
 * download is written to a temporary file and renamed when complete (never appended to, never
 * left half-written); a duplicate DATA is acknowledged but not written twice.
 */
public final class TftpClient {
    private final Scope scope;
    private final TrafficLog log;
    private final int recordLimit;
    private final boolean recordArrivals;

    /**
     * @param log         where packets are recorded (may be null)
     * @param recordLimit how many datagrams to record before only counting
     */
    public TftpClient(Scope scope, TrafficLog log, int recordLimit) {
        this(scope, log, recordLimit, true);
    }

    /** @param recordArrivals record the server's packets too (off when the server records its own sends) */
    public TftpClient(Scope scope, TrafficLog log, int recordLimit, boolean recordArrivals) {
        this.recordArrivals = recordArrivals;
        this.scope = scope;
        this.log = log;
        this.recordLimit = recordLimit;
    }

    /**
     * What to ask for.
     *
     * @param options      options to ask for (tsize is filled in with the file's size on a put)
     * @param timeoutMillis wait before a retransmission (the timeout option, if asked, is sent in seconds)
     */
    public record Request(InetSocketAddress server, String filename, Mode mode, TftpOptions options, long timeoutMillis,
                          int retries, Faults faults) {
        public Request {
            Objects.requireNonNull(server, "server");
            Objects.requireNonNull(filename, "filename");
            Objects.requireNonNull(mode, "mode");
            Objects.requireNonNull(options, "options");
            Objects.requireNonNull(faults, "faults");
        }
    }

    /**
     * What happened.
     *
     * @param negotiated   the options the server's OACK accepted (none if it answered without one)
     * @param serverPort   the server's transfer ID
     * @param bytes        file bytes moved
     * @param elapsedNanos from the request to the last ACK
     * @param requestRetransmissions times the RRQ/WRQ was sent again
     */
    public record Result(TftpOptions negotiated, boolean oack, InetSocketAddress local, InetSocketAddress serverPort,
                         long bytes, long elapsedNanos, TransferStats stats, long requestRetransmissions, long strangers,
                         long notRecorded, Wire wire) {
        /** Bytes per second. */
        public double throughput() {
            return bytes / Math.max(elapsedNanos / 1e9, 1e-9);
        }

        public long retransmissions() {
            return stats.retransmissions() + requestRetransmissions;
        }
    }

    /** Datagrams this client put on the wire and took off it, and what the fault injection did. */
    public record Wire(long sent, long received, long dropped, long doubled) {
        static Wire of(TransferPort port) {
            return new Wire(port.sent(), port.received(), port.dropped(), port.doubled());
        }
    }

    /** Downloads {@code request.filename()} into {@code out}. */
    public Result get(Request request, Path out, LongConsumer progress) throws IOException {
        Path dir = out.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, "." + out.getFileName() + ".", ".part");
        scope.add(() -> Files.deleteIfExists(temp));
        boolean done = false;
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
             TransferPort port = open(request)) {
            Netascii.Decoder netascii = request.mode() == Mode.NETASCII ? new Netascii.Decoder() : null;
            BufferedWriter buffered = new BufferedWriter(channel);
            TransferPort.Writer writer = bytes -> buffered.write(netascii == null ? bytes : netascii.decode(bytes));
            long start = System.nanoTime();
            TftpPacket.ReadRequest rrq = new TftpPacket.ReadRequest(request.filename(), request.mode(), request.options());
            Opening opening = request(port, request, rrq);
            TransferMachine machine;
            Step first;
            TftpOptions negotiated = TftpOptions.NONE;
            switch (opening.answer()) {
                case TftpPacket.OptionAck oack -> {
                    negotiated = accept(port, request, oack, opening.from());
                    BlockReceiver receiver = new BlockReceiver(Negotiation.blockSize(negotiated),
                            Negotiation.windowSize(negotiated), request.retries(), new TftpPacket.Ack(0));
                    machine = receiver;
                    first = receiver.start();
                }
                case TftpPacket.Data data -> {
                    BlockReceiver receiver = new BlockReceiver(TftpPacket.DEFAULT_BLOCK, 1, request.retries(), null);
                    machine = receiver;
                    first = receiver.onPacket(data);
                }
                default -> throw unexpected(port, opening, "DATA or OACK");
            }
            TransferPort.Outcome outcome = port.drive(machine, first, opening.from(),
                    BlockReceiver.patience(request.timeoutMillis()), writer, 0, progress);
            long elapsed = System.nanoTime() - start;
            finish(machine, outcome);
            if (netascii != null) {
                buffered.write(netascii.finish());
            }
            buffered.flush();
            Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            done = true;
            port.dally(machine, opening.from(), dally(request));
            return new Result(negotiated, opening.answer() instanceof TftpPacket.OptionAck, port.local(), opening.from(),
                    machine.stats().bytes(), elapsed, machine.stats(), opening.retransmissions(), port.strangers(),
                    port.notRecorded(), Wire.of(port));
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Uploads {@code in} as {@code request.filename()}. */
    public Result put(Request request, Path in, LongConsumer progress) throws IOException {
        try (FileChannel channel = FileChannel.open(in, StandardOpenOption.READ);
             TransferPort port = open(request)) {
            BlockSource source = request.mode() == Mode.NETASCII ? BlockSource.of(Netascii.toWire(Files.readAllBytes(in)))
                    : new FileBlocks(channel);
            TftpOptions asked = request.options();
            if (asked.has(TftpOption.TSIZE)) {
                asked = asked.with(TftpOption.TSIZE, source.size());
            }
            long start = System.nanoTime();
            Request withSize = new Request(request.server(), request.filename(), request.mode(), asked,
                    request.timeoutMillis(), request.retries(), request.faults());
            Opening opening = request(port, withSize, new TftpPacket.WriteRequest(request.filename(), request.mode(), asked));
            TftpOptions negotiated = TftpOptions.NONE;
            switch (opening.answer()) {
                case TftpPacket.OptionAck oack -> negotiated = accept(port, withSize, oack, opening.from());
                case TftpPacket.Ack ack when ack.block() == 0 -> {
                    // no options accepted: 512-byte blocks, one at a time
                }
                default -> throw unexpected(port, opening, "ACK 0 or OACK");
            }
            BlockSender sender = new BlockSender(source, Negotiation.blockSize(negotiated), Negotiation.windowSize(negotiated),
                    request.retries(), null);
            TransferPort.Outcome outcome = port.drive(sender, sender.start(), opening.from(), request.timeoutMillis(),
                    TransferPort.Writer.NONE, 0, progress);
            long elapsed = System.nanoTime() - start;
            finish(sender, outcome);
            return new Result(negotiated, opening.answer() instanceof TftpPacket.OptionAck, port.local(), opening.from(),
                    sender.stats().bytes(), elapsed, sender.stats(), opening.retransmissions(), port.strangers(),
                    port.notRecorded(), Wire.of(port));
        }
    }

    private TransferPort open(Request request) throws IOException {
        InetSocketAddress server = request.server();
        InetSocketAddress bind = server.getAddress() != null && server.getAddress().isLoopbackAddress()
                ? new InetSocketAddress(server.getAddress(), 0) : new InetSocketAddress(0);
        DatagramSocket socket = scope.add(TransferPort.bind(bind));
        TransferPort port = new TransferPort(socket, request.faults(), log, recordLimit, recordArrivals);
        if (log != null) {
            log.role(port.local(), "client");
            log.role(server, "server");
        }
        return port;
    }

    /** The server's first answer and where it came from (its transfer ID). */
    private record Opening(TftpPacket answer, InetSocketAddress from, long retransmissions) {
    }

    /** Sends the request, resending it on timeouts, until a packet comes from the server's address. */
    private Opening request(TransferPort port, Request request, TftpPacket.Request packet) throws IOException {
        port.send(packet, request.server());
        long retransmissions = 0;
        // after an RRQ the server is the sender: it resends a lost OACK or DATA 1 itself, so the RRQ
        // waits as long as a receiver does (a lost RRQ costs 2.5 timeouts, no race with the server)
        long wait = packet instanceof TftpPacket.ReadRequest ? BlockReceiver.patience(request.timeoutMillis())
                : request.timeoutMillis();
        long deadline = System.currentTimeMillis() + wait;
        while (true) {
            long now = System.currentTimeMillis();
            if (now >= deadline) {
                if (retransmissions >= request.retries()) {
                    throw new TransferFailedException(new TransferFailure(TftpPacket.Error.of(ErrorCode.NOT_DEFINED,
                            "no answer"), false, false), "no answer from " + TftpServer.name(request.server()) + " after "
                            + (retransmissions + 1) + " requests, " + wait + " ms apart (is a TFTP"
                            + " server running there?)");
                }
                retransmissions++;
                port.send(packet, request.server());
                deadline = System.currentTimeMillis() + wait;
                continue;
            }
            TransferPort.Arrival a;
            try {
                a = port.receive(deadline - now);
            } catch (java.net.PortUnreachableException e) {
                continue;
            }
            if (a == null) {
                continue;
            }
            if (!a.from().getAddress().equals(request.server().getAddress())) {
                port.stranger(a);
                continue;
            }
            TftpPacket answer;
            try {
                answer = TftpCodec.decode(a.bytes());
            } catch (TftpFormatException e) {
                port.recordReceived(a, null);
                continue;
            }
            port.recordReceived(a, answer);
            if (answer instanceof TftpPacket.Error error) {
                TransferFailure failure = new TransferFailure(error, true, true);
                throw new TransferFailedException(failure, "server " + TftpServer.name(a.from()) + " answered "
                        + failure.describe());
            }
            if (log != null && recordArrivals) {
                log.role(a.from(), "server, new port");
            }
            return new Opening(answer, a.from(), retransmissions);
        }
    }

    private TftpOptions accept(TransferPort port, Request request, TftpPacket.OptionAck oack, InetSocketAddress from)
            throws IOException {
        Optional<String> problem = Negotiation.check(request.options(), oack.options());
        if (problem.isPresent()) {
            TftpPacket.Error error = TftpPacket.Error.of(ErrorCode.OPTION_REFUSED, problem.get());
            port.send(error, from);
            throw new TransferFailedException(new TransferFailure(error, false, true), "refused the server's OACK: "
                    + problem.get() + " (error 8 sent)");
        }
        return oack.options();
    }

    private TransferFailedException unexpected(TransferPort port, Opening opening, String wanted) throws IOException {
        TftpPacket.Error error = TftpPacket.Error.of(ErrorCode.ILLEGAL_OPERATION, "Illegal TFTP operation: expected "
                + wanted);
        port.send(error, opening.from());
        return new TransferFailedException(new TransferFailure(error, false, true), "the server answered "
                + netlab.core.tftp.TftpAnnotator.summary(opening.answer()) + " where " + wanted + " belongs (error 4 sent)");
    }

    private static void finish(TransferMachine machine, TransferPort.Outcome outcome) throws TransferFailedException {
        if (outcome.state() != TransferState.COMPLETE) {
            TransferFailure f = machine.failure().orElse(new TransferFailure(TftpPacket.Error.of(ErrorCode.NOT_DEFINED,
                    "stopped"), false, false));
            String message = f.fromPeer() ? "server answered " + f.describe()
                    : f.onWire() ? "transfer ended: " + f.describe() + " (sent to the server)"
                    : "transfer failed: " + f.error().message();
            throw new TransferFailedException(f, message);
        }
    }

    private static long dally(Request request) {
        return request.faults().active() ? 3 * request.timeoutMillis() : 100;
    }

}
