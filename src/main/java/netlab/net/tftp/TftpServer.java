package netlab.net.tftp;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import netlab.core.tftp.BlockReceiver;
import netlab.core.tftp.BlockSender;
import netlab.core.tftp.BlockSource;
import netlab.core.tftp.ErrorCode;
import netlab.core.tftp.Mode;
import netlab.core.tftp.Negotiation;
import netlab.core.tftp.Netascii;
import netlab.core.tftp.TftpCodec;
import netlab.core.tftp.TftpFormatException;
import netlab.core.tftp.TftpOption;
import netlab.core.tftp.TftpOptions;
import netlab.core.tftp.TftpPacket;
import netlab.core.tftp.TransferMachine;
import netlab.core.tftp.TransferState;
import netlab.core.traffic.TrafficLog;
import netlab.net.JoinedThreads;

/**
 * A TFTP server (RFC 1350 with options RFC 2347–2349 and windowsize RFC 7440). Requests arrive on
 * one socket; each transfer gets a socket of its own on a fresh port (its transfer ID) and a
 * thread. Names are resolved by {@link RootJail} before the disk is touched. Writes go to a
 * temporary file renamed over the target only when the last block is in, so a broken upload
 * never replaces a complete file. Garbage on the request port gets error 4 and changes nothing.
 */
public final class TftpServer implements AutoCloseable {
    private final ServerConfig config;
    private final RootJail jail;
    private final Consumer<String> events;
    private final TrafficLog log;
    private final DatagramSocket requests;
    private final TransferPort requestPort;
    private final InetSocketAddress local;
    private final ExecutorService workers;
    private final Semaphore slots;
    private final Set<DatagramSocket> open = ConcurrentHashMap.newKeySet();
    /** The next transfer's port, made ahead of its request (see {@link #prepareSpare}); only the request thread uses it. */
    private TransferPort spare;
    /**
     * The request each client (address and port) has a transfer running for: the same request again
     * is a duplicate; another one (tftp-hpa asks for the next file from the same port) is a new transfer.
     */
    private final Map<InetSocketAddress, TftpPacket.Request> clients = new ConcurrentHashMap<>();
    private final AtomicLong completed = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final boolean recordArrivals;
    private volatile boolean closed;
    private final JoinedThreads workerThreads =
            new JoinedThreads(Thread.ofPlatform().name("tftp-transfer").daemon(true).factory());
    private Thread loop;

    /**
     * Binds the request socket. {@code events} receives one line per transfer, refusal and oddity;
     * {@code log} (may be null) records the request port's and the transfers' first packets.
     */
    public TftpServer(ServerConfig config, Consumer<String> events, TrafficLog log) throws IOException {
        this(config, events, log, true);
    }

    /**
     * @param recordArrivals record arriving packets too (off when the client records its own sends
     *                       in the same log, as in the lab's own demos)
     */
    public TftpServer(ServerConfig config, Consumer<String> events, TrafficLog log, boolean recordArrivals)
            throws IOException {
        this.recordArrivals = recordArrivals;
        this.config = config;
        this.jail = new RootJail(config.root());
        this.events = events;
        this.log = log;
        this.requests = TransferPort.bind(config.bind());
        this.local = (InetSocketAddress) requests.getLocalSocketAddress();
        this.requestPort = new TransferPort(requests, Faults.NONE, log, 200, recordArrivals);
        this.slots = new Semaphore(config.maxTransfers());
        this.workers = Executors.newCachedThreadPool(workerThreads);
    }

    public InetSocketAddress address() {
        return local;
    }

    public Path root() {
        return jail.root();
    }

    /** Starts answering requests on a thread of its own. */
    public TftpServer start() {
        loop = new Thread(this::serve, "tftp-server");
        loop.setDaemon(true);
        loop.start();
        return this;
    }

    /** Answers requests on the calling thread until {@link #close()}. */
    public void serve() {
        while (!closed) {
            TransferPort.Arrival a;
            try {
                a = requestPort.receive(500);
            } catch (IOException e) {
                if (!closed) {
                    events.accept("request socket failed: " + e.getMessage());
                }
                return;
            }
            if (a == null) {
                continue;
            }
            try {
                request(a);
            } catch (IOException | RuntimeException e) {
                if (!closed) {
                    events.accept("request from " + name(a.from()) + " failed: " + e.getMessage());
                }
            }
        }
    }

    private void request(TransferPort.Arrival a) throws IOException {
        TftpPacket packet;
        try {
            packet = TftpCodec.decode(a.bytes());
        } catch (TftpFormatException e) {
            requestPort.recordReceived(a, null);
            boolean option = a.bytes().length >= 2 && a.bytes()[0] == 0 && (a.bytes()[1] == 1 || a.bytes()[1] == 2)
                    && e.getMessage().contains("option");
            ErrorCode code = option ? ErrorCode.OPTION_REFUSED : ErrorCode.ILLEGAL_OPERATION;
            events.accept(name(a.from()) + ": bad packet (" + e.getMessage() + "), answered error " + code.code());
            requestPort.send(TftpPacket.Error.of(code, code.text().replaceAll("\\.$", "") + ": " + e.getMessage()), a.from());
            return;
        }
        requestPort.recordReceived(a, packet);
        switch (packet) {
            case TftpPacket.ReadRequest r -> begin(r, a.from());
            case TftpPacket.WriteRequest w -> begin(w, a.from());
            case TftpPacket.Error e -> events.accept(name(a.from()) + ": ERROR " + e.code() + " on the request port, ignored");
            case TftpPacket.Data d -> notARequest(a, "DATA");
            case TftpPacket.Ack k -> notARequest(a, "ACK");
            case TftpPacket.OptionAck o -> notARequest(a, "OACK");
        }
    }

    private void notARequest(TransferPort.Arrival a, String what) throws IOException {
        events.accept(name(a.from()) + ": " + what + " on the request port (only RRQ and WRQ belong there), answered error 4");
        requestPort.send(TftpPacket.Error.of(ErrorCode.ILLEGAL_OPERATION,
                "Illegal TFTP operation: " + what + " sent to the request port; send RRQ or WRQ"), a.from());
    }

    private void begin(TftpPacket.Request request, InetSocketAddress client) throws IOException {
        TftpPacket.Request running = clients.putIfAbsent(client, request);
        if (running != null && request.equals(running)) {
            events.accept(name(client) + ": " + describe(request) + " again while its transfer runs: a duplicate, ignored"
                    + " (a second transfer would answer from a second port)");
            return;
        }
        if (!slots.tryAcquire()) {
            clients.remove(client, request);
            events.accept(name(client) + ": " + describe(request) + " refused, " + config.maxTransfers() + " transfers running");
            refused.incrementAndGet();
            requestPort.send(TftpPacket.Error.of(ErrorCode.NOT_DEFINED, "server busy: " + config.maxTransfers()
                    + " transfers running, try again later"), client);
            return;
        }
        TransferPort port;
        try {
            port = spare != null ? spare : newPort();
            spare = null;
        } catch (IOException e) {
            slots.release();
            clients.remove(client, request);
            throw e;
        }
        if (log != null) {
            log.role(port.local(), "server, new port");
        }
        try {
            workers.execute(() -> {
                try (port) {
                    transfer(port, request, client);
                } catch (IOException | RuntimeException e) {
                    if (!closed) {
                        failed.incrementAndGet();
                        events.accept(name(client) + ": " + describe(request) + " failed: " + e.getMessage());
                    }
                } finally {
                    release(port.socket(), client, request);
                }
            });
        } catch (RuntimeException e) {
            release(port.socket(), client, request);
            throw e;
        }
        prepareSpare();
    }

    /** A transfer is over (or never started): its socket, its client's entry and its slot are given back. */
    private void release(DatagramSocket socket, InetSocketAddress client, TftpPacket.Request request) {
        open.remove(socket);
        socket.close();
        clients.remove(client, request);
        slots.release();
    }

    /**
     * A port for a transfer: a socket on a fresh ephemeral port of the server's address (the
     * transfer's ID), its buffers sized. Its socket is in {@link #open} from the start, so that
     * {@link #close()} closes it whether or not a transfer ever used it.
     */
    private TransferPort newPort() throws IOException {
        DatagramSocket socket = TransferPort.bind(new InetSocketAddress(local.getAddress(), 0));
        open.add(socket);
        try {
            return new TransferPort(socket, config.faults(), log, 200, recordArrivals).alarmsOn(workers);
        } catch (IOException | RuntimeException e) {
            open.remove(socket);
            socket.close();
            throw e;
        }
    }

    /**
     * Makes the next transfer's port now, on the request thread, which has just handed a request
     * over and has nothing to do until the next one arrives: binding a socket and sizing its
     * buffers is then off the next request's path (a few hundred µs of it while the JVM still
     * interprets that code, the first two hundred or so transfers). If it fails here, the next
     * request binds its own port.
     */
    private void prepareSpare() {
        try {
            spare = newPort();
        } catch (IOException | RuntimeException e) {
            return;
        }
        if (closed) {
            spare.socket().close(); // close() may have run before the socket was in the open set
        }
    }

    private void transfer(TransferPort port, TftpPacket.Request request, InetSocketAddress client) throws IOException {
        String who = name(client) + " (port " + port.local().getPort() + ")";
        try {
            switch (request) {
                case TftpPacket.ReadRequest r -> read(port, r, client, who);
                case TftpPacket.WriteRequest w -> write(port, w, client, who);
            }
        } catch (Refusal refusal) {
            refused.incrementAndGet();
            events.accept(who + ": " + describe(request) + " refused with error " + refusal.code().code() + ": "
                    + refusal.reason());
            port.send(refusal.packet(), client);
        } catch (IOException e) {
            if (!closed) {
                // the disk or the socket failed: tell the client instead of leaving it to time out
                try {
                    port.send(TftpPacket.Error.of(ErrorCode.NOT_DEFINED, "server error: the transfer could not go on"), client);
                } catch (IOException unsent) {
                    e.addSuppressed(unsent);
                }
            }
            throw e;
        }
    }

    private void read(TransferPort port, TftpPacket.ReadRequest r, InetSocketAddress client, String who)
            throws IOException, Refusal {
        Path path = jail.forReading(r.filename());
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            BlockSource source = r.mode() == Mode.NETASCII ? BlockSource.of(Netascii.toWire(readAll(channel)))
                    : new FileBlocks(channel);
            try {
                TftpOptions accepted = fitWindow(Negotiation.accept(r, source.size(), config.maxBlock(), config.maxWindow()));
                TftpPacket opening = accepted.isEmpty() ? null : new TftpPacket.OptionAck(accepted);
                BlockSender sender = new BlockSender(source, Negotiation.blockSize(accepted),
                        Negotiation.windowSize(accepted), config.retries(), opening);
                TransferPort.Outcome outcome = port.drive(sender, sender.start(), client, timeout(accepted),
                        TransferPort.Writer.NONE, 0, null);
                report(who, r, sender, outcome);
            } finally {
                if (source instanceof FileBlocks blocks) {
                    blocks.close();
                }
            }
        }
    }

    private void write(TransferPort port, TftpPacket.WriteRequest w, InetSocketAddress client, String who)
            throws IOException, Refusal {
        if (!config.allowWrite()) {
            throw new Refusal(ErrorCode.ACCESS_VIOLATION, "the server is read-only (start it with --allow-write)");
        }
        Path target = jail.forWriting(w.filename(), config.create());
        long wanted = w.options().get(TftpOption.TSIZE).orElse(0);
        if (wanted > Files.getFileStore(target.getParent()).getUsableSpace()) {
            throw new Refusal(ErrorCode.DISK_FULL, "tsize " + wanted + " is more than the free space");
        }
        Path temp = Files.createTempFile(target.getParent(), ".tftp-upload-", ".part"); // short: the name may be 255 bytes
        boolean renamed = false;
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            TftpOptions accepted = Negotiation.accept(w, -1, config.maxBlock(), config.maxWindow());
            TftpPacket opening = accepted.isEmpty() ? new TftpPacket.Ack(0) : new TftpPacket.OptionAck(accepted);
            BlockReceiver receiver = new BlockReceiver(Negotiation.blockSize(accepted), Negotiation.windowSize(accepted),
                    config.retries(), opening);
            Netascii.Decoder netascii = w.mode() == Mode.NETASCII ? new Netascii.Decoder() : null;
            boolean[] moved = {false};
            BufferedWriter buffered = new BufferedWriter(out);
            TransferPort.Writer writer = new TransferPort.Writer() {
                @Override
                public void write(byte[] bytes) throws IOException {
                    buffered.write(netascii == null ? bytes : netascii.decode(bytes));
                }

                @Override
                public void finish() throws IOException {
                    if (netascii != null) {
                        buffered.write(netascii.finish());
                    }
                    buffered.flush();
                    out.force(false);
                    if (!config.create() && Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        throw new IOException(target.getFileName() + " appeared during the upload; the old file is kept");
                    }
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    moved[0] = true;
                }
            };
            TransferPort.Outcome outcome = port.drive(receiver, receiver.start(), client,
                    BlockReceiver.patience(timeout(accepted)), writer, 0, null);
            renamed = moved[0]; // if not, the finally below deletes the temp file, closed by then
            report(who, w, receiver, outcome);
            if (outcome.state() == TransferState.COMPLETE) {
                // as long as the client may go on resending its last DATA (its last chances may be lost with our ACK)
                port.dally(receiver, client, Math.max(DALLY_TIMEOUTS, config.retries() + 1) * timeout(accepted));
            }
        } finally {
            if (!renamed) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private void report(String who, TftpPacket.Request request, TransferMachine machine, TransferPort.Outcome outcome) {
        var stats = machine.stats();
        if (outcome.state() == TransferState.COMPLETE) {
            completed.incrementAndGet();
            events.accept(who + ": " + describe(request) + " done, " + stats.bytes() + " bytes in "
                    + seconds(outcome.elapsedNanos()) + ", " + stats.retransmissions()
                    + " retransmitted, " + stats.duplicates() + " duplicates");
        } else {
            failed.incrementAndGet();
            events.accept(who + ": " + describe(request) + " failed: "
                    + machine.failure().map(f -> (f.fromPeer() ? "client sent " : "") + f.describe()).orElse("stopped"));
        }
    }

    /**
     * "0.031 s", to the millisecond. Plain arithmetic, not String.format: this runs once per transfer,
     * so the JVM interprets it for the first two hundred or so, and there String.format (a Formatter
     * and the locale's number symbols) was an eighth of a transfer thread's CPU (async-profiler, the
     * first 100 transfers of a fresh server).
     */
    static String seconds(long nanos) {
        long millis = (Math.max(nanos, 0) + 500_000) / 1_000_000;
        return millis / 1000 + "." + String.valueOf(1000 + millis % 1000).substring(1) + " s";
    }

    /** How long the receiving side lingers after its last ACK, in timeouts: long enough for two more losses. */
    static final int DALLY_TIMEOUTS = 3;

    /** The bytes of one window a client's socket is assumed to hold: Linux's default receive buffer is 208 KiB. */
    static final int WINDOW_BYTES = 192 * 1024;

    /**
     * Caps windowsize so a whole window fits a default receive buffer (each datagram also costs
     * about 1 KiB of kernel bookkeeping): a window the client's kernel cannot hold is lost in part
     * every time, and the transfer crawls from timeout to timeout.
     */
    static TftpOptions fitWindow(TftpOptions accepted) {
        if (!accepted.has(TftpOption.WINDOWSIZE)) {
            return accepted;
        }
        int block = Negotiation.blockSize(accepted);
        long fits = Math.max(1, WINDOW_BYTES / (block + 1024));
        long asked = accepted.get(TftpOption.WINDOWSIZE).getAsLong();
        return asked <= fits ? accepted : accepted.with(TftpOption.WINDOWSIZE, fits);
    }

    private long timeout(TftpOptions accepted) {
        java.util.OptionalLong seconds = accepted.get(TftpOption.TIMEOUT);
        return seconds.isPresent() ? seconds.getAsLong() * 1000 : config.timeoutMillis();
    }

    private static byte[] readAll(FileChannel channel) throws IOException {
        if (channel.size() > 64L << 20) {
            throw new IOException("netascii is offered for files up to 64 MiB; use octet");
        }
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate((int) channel.size());
        while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
            // keep reading
        }
        return buffer.array();
    }

    private static String describe(TftpPacket.Request request) {
        return netlab.core.tftp.TftpAnnotator.summary(request);
    }

    static String name(InetSocketAddress address) {
        return netlab.net.NetFailure.name(address);
    }

    public long completed() {
        return completed.get();
    }

    public long failed() {
        return failed.get();
    }

    public long refused() {
        return refused.get();
    }

    /** Transfers running now. */
    public int running() {
        return config.maxTransfers() - slots.availablePermits();
    }

    /** Stops answering, closes every socket and waits for the transfer threads (temp files removed). */
    @Override
    public void close() {
        closed = true;
        requests.close();
        for (DatagramSocket s : open) {
            s.close();
        }
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
            workerThreads.join(1, TimeUnit.SECONDS);
            if (loop != null && loop != Thread.currentThread()) {
                loop.join(2000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
