package netlab.net.tftp;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;
import netlab.core.tftp.BlockReceiver;
import netlab.core.tftp.BlockSender;
import netlab.core.tftp.BlockSource;
import netlab.core.tftp.DataRun;
import netlab.core.tftp.ErrorCode;
import netlab.core.tftp.Step;
import netlab.core.tftp.TftpAnnotator;
import netlab.core.tftp.TftpCodec;
import netlab.core.tftp.TftpFormatException;
import netlab.core.tftp.TftpPacket;
import netlab.core.tftp.TransferMachine;
import netlab.core.tftp.TransferState;
import netlab.core.traffic.Action;
import netlab.core.traffic.TrafficLog;
import netlab.core.traffic.Transport;

/**
 * One UDP socket and its transfer ID (the port, RFC 1350 section 4): sends what a
 * {@link TransferMachine} asks, hands it what arrives from the peer, and tells it when the wait
 * ran out. Datagrams from any other address are strangers: they get error 5 and change nothing.
 * Sends go through {@link Faults}; the first {@code recordLimit} datagrams are recorded in the log.
 */
public final class TransferPort implements AutoCloseable {
    /** Socket buffers asked of the kernel: a window of 16 × 64 KiB must fit without overflow. */
    public static final int BUFFER = 4 << 20;

    private final DatagramSocket socket;
    /** The socket's channel (sockets from {@link #bind} have one): DATA goes out from a direct buffer. */
    private final DatagramChannel channel;
    private ByteBuffer direct;
    /** The block after the last run, read ahead (see {@link #readAhead}): where it starts in the file and its length. */
    private ByteBuffer ahead;
    private long aheadAt = -1;
    private int aheadLength;
    private ByteBuffer inbound;
    /** The datagram in hand: who sent it and its bytes (a view of a reused buffer). */
    private InetSocketAddress from;
    private ByteBuffer data;
    private InetSocketAddress tickTo;
    private volatile long wakeAt = Long.MAX_VALUE;
    private volatile boolean alarmOff;
    /** The thread running the alarm now (null: none), so that {@link #stopAlarm} can wake it. */
    private volatile Thread alarmThread;
    /** Where alarms run (see {@link #alarmsOn}); null: each on a thread of its own. */
    private Executor alarms;
    private final InetSocketAddress local;
    private final Faults faults;
    private final TrafficLog log;
    private final int recordLimit;
    private final byte[] buffer = new byte[TftpPacket.MAX_BLOCK + 4 + 1];
    private final DatagramPacket incoming = new DatagramPacket(buffer, buffer.length);
    private final boolean recordArrivals;
    private int recorded;
    private boolean finished;
    private long strangers;
    private long notRecorded;
    private long sent;
    private long received;
    private long dropped;
    private long doubled;

    public TransferPort(DatagramSocket socket, Faults faults, TrafficLog log, int recordLimit) throws SocketException {
        this(socket, faults, log, recordLimit, true);
    }

    /**
     * @param recordArrivals record what arrives too, as the peer's send seen from here (off when the
     *                       peer records its own sends in the same log)
     */
    public TransferPort(DatagramSocket socket, Faults faults, TrafficLog log, int recordLimit, boolean recordArrivals)
            throws SocketException {
        this.recordArrivals = recordArrivals;
        this.socket = socket;
        this.channel = socket.getChannel();
        this.local = (InetSocketAddress) socket.getLocalSocketAddress();
        this.faults = faults;
        this.log = log;
        this.recordLimit = recordLimit;
        try {
            socket.setReceiveBufferSize(BUFFER);
            socket.setSendBufferSize(BUFFER);
        } catch (SocketException ignored) {
            // the kernel keeps its own limit; the transfer still works, a large window may lose packets
        }
    }

    /**
     * A socket bound to {@code address} (port 0: a fresh transfer ID). It is a channel's socket, so
     * DATA can be sent from a direct buffer (a byte array is copied into one by the JDK first).
     */
    public static DatagramSocket bind(InetSocketAddress address) throws IOException {
        // an IPv4 socket for an IPv4 address (a dual-stack IPv6 socket takes a longer path per datagram)
        DatagramChannel channel = address.getAddress() instanceof java.net.Inet4Address
                ? DatagramChannel.open(java.net.StandardProtocolFamily.INET) : DatagramChannel.open();
        try {
            channel.bind(address);
        } catch (IOException e) {
            channel.close();
            throw netlab.net.NetFailure.bind(address, "UDP", e);
        }
        return channel.socket();
    }

    public InetSocketAddress local() {
        return local;
    }

    /** Sends one packet to {@code to}, through the fault injection. */
    public void send(TftpPacket packet, InetSocketAddress to) throws IOException {
        byte[] bytes = packet.encode();
        int copies = faults.copies();
        if (copies == 0) {
            dropped++;
            record(Action.DROP, local, to, bytes, packet);
            return;
        }
        if (copies == 2) {
            doubled++;
        }
        // record every copy before the first leaves, so the peer's answer is always logged after them
        for (int i = 0; i < copies; i++) {
            record(Action.SEND, local, to, bytes, packet);
        }
        DatagramPacket datagram = new DatagramPacket(bytes, bytes.length, to);
        for (int i = 0; i < copies; i++) {
            sent++;
            socket.send(datagram);
        }
    }

    /**
     * Sends a run of DATA built in one reused direct buffer: the block is read from the source
     * straight behind its 4-byte header and the kernel takes it from there, with no packet object
     * and no other copy. Returns null, or why a block could not be read (the transfer must end).
     */
    private String sendRun(DataRun run, InetSocketAddress to, int burst) throws IOException {
        if (direct == null) {
            direct = DirectBuffers.DATAGRAMS.take();
        }
        for (int i = 0; i < run.size(); i++) {
            pace(i, burst);
            int copies = faults.copies();
            if (copies == 0) {
                dropped++;
                continue;
            }
            if (copies == 2) {
                doubled++;
            }
            int block = run.block(i);
            int length = run.length(i);
            long position = run.position(i);
            ByteBuffer datagram;
            if (ahead != null && position == aheadAt && length == aheadLength) {
                datagram = ahead; // read while the peer was busy with the last run
                aheadAt = -1;
            } else {
                datagram = direct;
                datagram.clear().position(4);
                String unread = readBlock(run.source(), position, length, datagram);
                if (unread != null) {
                    return unread;
                }
            }
            datagram.put(0, (byte) 0).put(1, (byte) 3).put(2, (byte) (block >>> 8)).put(3, (byte) block);
            datagram.limit(4 + length).position(0);
            for (int c = 0; c < copies; c++) {
                sent++;
                channel.send(datagram, to);
                datagram.rewind();
            }
        }
        readAhead(run);
        return null;
    }

    /** Reads {@code length} bytes at {@code position} into {@code into}; null, or why they could not be read. */
    private static String readBlock(BlockSource source, long position, int length, ByteBuffer into) {
        try {
            for (int done = 0; done < length; ) {
                int n = source.read(position + done, into, length - done);
                if (n <= 0) {
                    return "the file ended early, at byte " + (position + done);
                }
                done += n;
            }
            return null;
        } catch (IOException e) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }

    /**
     * After a run has gone out, reads the block that follows it while the peer is busy taking the
     * run in (as tftp-hpa's read-ahead does), so the next run's first block leaves the moment its
     * ACK arrives instead of after a file read. It is used only if the next run starts exactly there.
     */
    private void readAhead(DataRun run) {
        int last = run.size() - 1;
        if (last >= 0) {
            readAhead(run.source(), run.position(last) + run.length(last), run.length(last));
        }
    }

    /**
     * Reads the block of up to {@code blockSize} bytes at {@code position} into the read-ahead
     * buffer, if the source is a file and the block large enough to be read on its own
     * ({@link FileBlocks#DIRECT_READ}): a source in memory costs no read worth hiding.
     */
    private void readAhead(BlockSource source, long position, int blockSize) {
        long left = source.size() - position;
        if (!(source instanceof FileBlocks) || position == aheadAt || left < 0 || blockSize < FileBlocks.DIRECT_READ) {
            return;
        }
        if (ahead == null) {
            ahead = DirectBuffers.DATAGRAMS.take();
        }
        int length = (int) Math.min(blockSize, left);
        ahead.clear().position(4);
        aheadAt = readBlock(source, position, length, ahead) == null ? position : -1;
        aheadLength = length;
    }

    /** The pause between two bursts of a window a sender paces after loss (see {@link BlockSender#burst()}). */
    static final long PACE_NANOS = 200_000;

    /** Before the {@code i}-th packet of a step: a short pause if a burst of {@code burst} just went out. */
    private static void pace(int i, int burst) {
        if (i > 0 && i % burst == 0) {
            LockSupport.parkNanos(PACE_NANOS);
        }
    }

    /** Sends without fault injection or recording (errors to strangers). */
    private void sendPlain(TftpPacket packet, InetSocketAddress to) throws IOException {
        byte[] bytes = packet.encode();
        socket.send(new DatagramPacket(bytes, bytes.length, to));
    }

    public void send(Step step, InetSocketAddress to) throws IOException {
        for (TftpPacket p : step.send()) {
            send(p, to);
        }
    }

    /** A datagram that arrived: who sent it and its bytes. */
    public record Arrival(InetSocketAddress from, byte[] bytes) {
    }

    /** Waits up to {@code millis} (at least 1) for one datagram; null when none came. */
    public Arrival receive(long millis) throws IOException {
        long end = System.currentTimeMillis() + millis;
        while (receiveTimed(Math.max(1, end - System.currentTimeMillis()))) {
            if (!tick()) {
                return arrival();
            }
            if (System.currentTimeMillis() >= end) {
                return null; // a late tick of a drive's alarm: not a datagram from anyone
            }
        }
        return null;
    }

    /** Waits up to {@code millis} for one datagram into the reused buffer; false when none came. */
    private boolean receiveTimed(long millis) throws IOException {
        int timeout = (int) Math.max(1, Math.min(Integer.MAX_VALUE, millis));
        if (timeout != socket.getSoTimeout()) {
            socket.setSoTimeout(timeout);
        }
        try {
            socket.receive(incoming);
        } catch (SocketTimeoutException e) {
            return false;
        }
        from = (InetSocketAddress) incoming.getSocketAddress();
        data = ByteBuffer.wrap(buffer, 0, incoming.getLength());
        received++;
        return true;
    }

    /**
     * How long a wait for a datagram first polls (non-blocking receives in a loop) before it sleeps
     * in recvfrom. A sleeping thread is woken by the sender's kernel, which costs more than the
     * datagram itself when it comes within microseconds. Polling paid where it does: within a
     * window the blocks come back to back, and from atftpd at blksize 1468 + windowsize 16 our
     * client went from 141 to 173 MB/s (medians of 30 downloads, alternating with the previous
     * build); a peer answers a small block at once, and our server sending 512-byte blocks to
     * curl went from 1.08 to 1.53 times in.tftpd's speed (means of 4 rounds of fresh servers side
     * by side), our client fetching them from in.tftpd from 10–13 to 16–20 MB/s. Where the peer
     * first has a large block to take in (curl writes 64 KiB to its file between two ACKs at
     * blksize 65464), the poll mostly runs out and is wasted: our server polling for those ACKs
     * fell from 559 to 488 MB/s. So a wait polls within a window and after a block of up to
     * {@link #QUICK_BLOCK} bytes. A rule that learned from the last waits instead (poll when most
     * of them were shorter than the poll) also polled at 65464 whenever curl answered fast, and
     * measured 0.5–1 % slower there, within the noise.
     */
    static final long POLL_NANOS = 50_000;

    /** Blocks up to this size (an Ethernet frame's worth) are answered quickly enough to poll for the answer. */
    static final int QUICK_BLOCK = 1468;

    /**
     * How many transfers may run in this JVM for their waits to poll: half the processors, so that
     * every peer has a processor to answer on while its transfer polls (none on a machine with
     * one). With more, as in 20 concurrent downloads, every wait sleeps at once: there polling cost
     * a third more time (20 curls fetching 1 MiB at blksize 512: 1.11 s with one poller at a time,
     * 1.21 s with all, 0.83 s with none, medians of 5).
     */
    private static final int MAX_POLLING = Runtime.getRuntime().availableProcessors() / 2;

    /** Transfers being driven now, in every port of the JVM (the lab's client and server may share it). */
    private static final AtomicInteger DRIVING = new AtomicInteger();

    /**
     * Waits with no time limit for one datagram into a reused direct buffer: one blocking recvfrom,
     * where a timed wait costs a failed recvfrom and a poll first whenever the peer has not answered
     * yet (nearly always on loopback). The drive's alarm ends the wait with a tick. With
     * {@code poll}, non-blocking receives are tried for up to {@link #POLL_NANOS} first.
     */
    private void receiveBlocking(boolean poll) throws IOException {
        if (inbound == null) {
            inbound = DirectBuffers.DATAGRAMS.take();
        }
        inbound.clear();
        from = poll ? receiveSoon() : null;
        if (from == null) {
            from = (InetSocketAddress) channel.receive(inbound);
        }
        inbound.flip();
        data = inbound;
        received++;
    }

    /**
     * A datagram's sender if one arrives within {@link #POLL_NANOS}, else null (the buffer
     * untouched). Null at once while more than {@link #MAX_POLLING} transfers run.
     */
    private InetSocketAddress receiveSoon() throws IOException {
        if (DRIVING.get() > MAX_POLLING) {
            return null;
        }
        channel.configureBlocking(false);
        try {
            long until = System.nanoTime() + POLL_NANOS;
            do {
                InetSocketAddress sender = (InetSocketAddress) channel.receive(inbound);
                if (sender != null) {
                    return sender;
                }
                Thread.onSpinWait();
            } while (System.nanoTime() < until);
            return null;
        } finally {
            channel.configureBlocking(true);
        }
    }

    /** Whether the datagram in hand is the alarm's tick: empty, from this very socket. */
    private boolean tick() {
        if (data.remaining() == 0 && from.getPort() == local.getPort() && from.getAddress().equals(tickTo().getAddress())) {
            received--;
            return true;
        }
        return false;
    }

    /** The datagram in hand, copied out. */
    private Arrival arrival() {
        byte[] bytes = new byte[data.remaining()];
        data.get(data.position(), bytes);
        return new Arrival(from, bytes);
    }

    /**
     * An ACK or DATA in hand, decoded straight from the receive buffer (nothing is recorded on this
     * path, so the datagram is not copied out first); else null, and the codec reads it.
     */
    private TftpPacket plain() {
        int length = data.remaining();
        if (log != null || length < 4 || data.get(0) != 0) {
            return null;
        }
        int block = ((data.get(2) & 0xff) << 8) | (data.get(3) & 0xff);
        if (data.get(1) == 4 && length == 4) {
            return new TftpPacket.Ack(block);
        }
        if (data.get(1) == 3 && length <= 4 + TftpPacket.MAX_BLOCK) {
            byte[] payload = new byte[length - 4];
            data.get(data.position() + 4, payload);
            return new TftpPacket.Data(block, payload);
        }
        return null;
    }

    /** Where the alarm's ticks go: this socket's own address (loopback when bound to the wildcard). */
    private InetSocketAddress tickTo() {
        if (tickTo == null) {
            tickTo = local.getAddress().isAnyLocalAddress()
                    ? new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), local.getPort()) : local;
        }
        return tickTo;
    }

    /**
     * Ends a blocking wait when the drive's deadline passes: a thread that sleeps until
     * {@link #wakeAt} (moved forward by every exchange, so it wakes about once per timeout) and
     * then sends this socket an empty datagram from itself. A platform thread: a virtual one would
     * switch the socket to non-blocking mode for good. It runs on the pool given to
     * {@link #alarmsOn} if there is one, else on a thread of its own. Returns what
     * {@link #stopAlarm} waits for.
     */
    private CountDownLatch startAlarm() {
        alarmOff = false;
        CountDownLatch over = new CountDownLatch(1);
        Runnable task = () -> {
            alarmThread = Thread.currentThread();
            try {
                ring();
            } finally {
                alarmThread = null;
                over.countDown();
            }
        };
        if (alarms != null) {
            try {
                alarms.execute(task);
                return over;
            } catch (RejectedExecutionException closing) {
                // the pool is shutting down: a thread of its own then
            }
        }
        Thread alarm = new Thread(task, "tftp-alarm");
        alarm.setDaemon(true);
        alarm.start();
        return over;
    }

    /** The alarm's loop: sleeps until {@link #wakeAt}, ticks, and ends when the drive is over. */
    private void ring() {
        ByteBuffer empty = ByteBuffer.allocate(0);
        long ticked = Long.MIN_VALUE;
        long tickedAt = 0;
        while (!alarmOff && !Thread.currentThread().isInterrupted()) {
            long at = wakeAt;
            long now = System.currentTimeMillis();
            if (now < at) {
                LockSupport.parkNanos((at - now) * 1_000_000L);
                continue;
            }
            if (at != ticked || now - tickedAt >= 250) { // again if the first tick went unseen
                try {
                    channel.send(empty.clear(), tickTo());
                } catch (IOException e) {
                    return; // the socket closed: the drive is over
                }
                ticked = at;
                tickedAt = now;
            }
            LockSupport.parkNanos(20_000_000L);
        }
    }

    private void stopAlarm(CountDownLatch over) {
        if (over == null) {
            return;
        }
        alarmOff = true;
        Thread alarm = alarmThread;
        if (alarm != null) {
            LockSupport.unpark(alarm);
        }
        try {
            over.await(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Runs this port's alarm (see {@link #startAlarm}) on {@code pool}, a server's transfer
     * threads, instead of starting a thread for every transfer. The thread was started between the
     * client's ACK of the OACK and the first DATA: from that ACK to DATA 1 took 270 µs (median,
     * requests 10 to 70 of a fresh server), 160–210 µs with the pool, 110–130 µs for in.tftpd.
     */
    public TransferPort alarmsOn(Executor pool) {
        this.alarms = pool;
        return this;
    }

    /** Records a datagram that arrived, as the sender's SEND seen from here (if arrivals are recorded). */
    public void recordReceived(Arrival a, TftpPacket packet) {
        if (recordArrivals) {
            record(Action.SEND, a.from(), local, a.bytes(), packet);
        }
    }

    /** What a drive ended with. */
    public record Outcome(TransferState state, long elapsedNanos) {
    }

    /**
     * Runs a machine against {@code peer} until it completes or fails. {@code writer} takes the
     * file bytes a receiver hands over (it may throw to abort with error 3). After a receiver
     * completes, it dallies {@code dallyMillis} to answer a repeated last DATA.
     */
    public Outcome drive(TransferMachine machine, Step first, InetSocketAddress peer, long timeoutMillis,
                         Writer writer, long dallyMillis, LongConsumer progress) throws IOException {
        DRIVING.incrementAndGet();
        try {
            return run(machine, first, peer, timeoutMillis, writer, dallyMillis, progress);
        } finally {
            DRIVING.decrementAndGet();
        }
    }

    /** The body of {@link #drive}, counted in {@link #DRIVING}. */
    private Outcome run(TransferMachine machine, Step first, InetSocketAddress peer, long timeoutMillis,
                        Writer writer, long dallyMillis, LongConsumer progress) throws IOException {
        long start = System.nanoTime();
        // a sender whose DATA this port reads and sends itself (see sendRun)
        BlockSender sending = machine instanceof BlockSender sender && channel != null && log == null ? sender : null;
        if (sending != null) {
            sending.sendDirectly();
        }
        if (!apply(machine, first, peer, writer)) {
            return new Outcome(machine.state(), System.nanoTime() - start);
        }
        if (sending != null && !(first.send() instanceof DataRun)) {
            // the opening was an OACK: DATA 1 is read while the peer answers it with ACK 0
            readAhead(sending.source(), 0, sending.blockSize());
        }
        long deadline = System.currentTimeMillis() + timeoutMillis;
        long nextProgress = System.currentTimeMillis() + 200;
        boolean blocking = channel != null && channel.isBlocking();
        boolean poll = blocking
                && (machine instanceof BlockReceiver && machine.window() > 1 || machine.blockSize() <= QUICK_BLOCK);
        wakeAt = deadline;
        CountDownLatch alarm = blocking ? startAlarm() : null;
        try {
            while (machine.state() == TransferState.RUNNING) {
                long now = System.currentTimeMillis();
                if (now >= deadline) {
                    apply(machine, machine.onTimeout(), peer, writer);
                    deadline = System.currentTimeMillis() + timeoutMillis;
                    wakeAt = deadline;
                    continue;
                }
                if (blocking) {
                    receiveBlocking(poll);
                } else if (!receiveTimed(deadline - now)) {
                    continue;
                }
                if (take(machine, peer, writer)) {
                    deadline = System.currentTimeMillis() + timeoutMillis;
                    wakeAt = deadline;
                }
                if (progress != null && System.currentTimeMillis() >= nextProgress) {
                    progress.accept(machine.stats().bytes());
                    nextProgress = System.currentTimeMillis() + 200;
                }
            }
        } finally {
            stopAlarm(alarm);
        }
        long elapsed = System.nanoTime() - start;
        if (machine.state() == TransferState.COMPLETE && dallyMillis > 0) {
            dally(machine, peer, dallyMillis);
        }
        return new Outcome(machine.state(), elapsed);
    }

    /**
     * Hands the datagram in hand to the machine and does what it asks. Returns true if the machine
     * moved on (sent or wrote something), so the wait for the peer starts again; a tick, a
     * stranger's datagram or garbage from the peer change nothing. A method of its own, called once
     * per datagram, rather than the body of {@link #drive}'s loop: the JIT compiles a method after
     * a few hundred calls, but a loop body only with its method (or after tens of thousands of
     * turns), and {@code drive} runs once per transfer. At blksize 65464 (160 blocks a transfer)
     * PrintCompilation showed {@code drive} compiled only after about 100 transfers.
     */
    private boolean take(TransferMachine machine, InetSocketAddress peer, Writer writer) throws IOException {
        if (tick()) {
            return false;
        }
        if (!from.equals(peer)) {
            stranger(arrival());
            return false;
        }
        TftpPacket packet = plain();
        if (packet == null) {
            Arrival a = arrival();
            try {
                packet = TftpCodec.decode(a.bytes());
            } catch (TftpFormatException e) {
                recordReceived(a, null);
                return false;
            }
            recordReceived(a, packet);
        }
        Step step = machine.onPacket(packet);
        boolean moved = !step.send().isEmpty() || !step.write().isEmpty();
        apply(machine, step, peer, writer);
        return moved;
    }

    /** Receives file bytes; an IOException aborts the transfer with error 3. */
    @FunctionalInterface
    public interface Writer {
        void write(byte[] bytes) throws IOException;

        /** The last block is in: called before its ACK goes out, so the file is complete when the peer learns it. */
        default void finish() throws IOException {
        }

        Writer NONE = bytes -> {
        };
    }

    private boolean apply(TransferMachine machine, Step step, InetSocketAddress peer, Writer writer) throws IOException {
        try {
            for (byte[] chunk : step.write()) {
                writer.write(chunk);
            }
            if (machine.state() == TransferState.COMPLETE && !step.send().isEmpty() && !finished) {
                finished = true;
                writer.finish();
            }
        } catch (IOException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            send(machine.abort(TftpPacket.Error.of(ErrorCode.DISK_FULL, "Disk full or allocation exceeded: " + why)), peer);
            return false;
        }
        int burst = machine instanceof BlockSender sender ? sender.burst() : Integer.MAX_VALUE;
        if (step.send() instanceof DataRun run && channel != null && log == null) {
            String unread = sendRun(run, peer, burst);
            if (unread != null) {
                send(machine.abort(TftpPacket.Error.of(ErrorCode.NOT_DEFINED, "read failed: " + unread)), peer);
                return false;
            }
        } else {
            List<TftpPacket> packets = step.send();
            for (int i = 0; i < packets.size(); i++) {
                pace(i, burst);
                send(packets.get(i), peer);
            }
        }
        return machine.state() == TransferState.RUNNING;
    }

    /** After a receiver completed: answers a repeated last DATA for {@code millis}, then returns. */
    public void dally(TransferMachine machine, InetSocketAddress peer, long millis) throws IOException {
        long end = System.currentTimeMillis() + millis;
        for (long now = System.currentTimeMillis(); now < end; now = System.currentTimeMillis()) {
            Arrival a = receive(end - now);
            if (a == null) {
                return;
            }
            if (!a.from().equals(peer)) {
                stranger(a);
                continue;
            }
            try {
                TftpPacket packet = TftpCodec.decode(a.bytes());
                recordReceived(a, packet);
                send(machine.onPacket(packet), peer);
            } catch (TftpFormatException ignored) {
                // garbage from the peer after the end changes nothing
            }
        }
    }

    /** Error 5 to a datagram from anyone but the peer; the transfer goes on untouched. */
    public void stranger(Arrival a) throws IOException {
        strangers++;
        recordReceived(a, null);
        TftpPacket.Error error = TftpPacket.Error.of(ErrorCode.UNKNOWN_TRANSFER_ID);
        try {
            TftpPacket maybe = TftpCodec.decode(a.bytes());
            if (maybe instanceof TftpPacket.Error) {
                return;
            }
        } catch (TftpFormatException ignored) {
            // garbage from a stranger still gets error 5
        }
        record(Action.SEND, local, a.from(), error.encode(), error);
        sendPlain(error, a.from());
    }

    private void record(Action action, InetSocketAddress from, InetSocketAddress to, byte[] bytes, TftpPacket packet) {
        if (log == null) {
            return;
        }
        if (recorded >= recordLimit) {
            notRecorded++;
            return;
        }
        recorded++;
        String label = packet == null ? describeBad(bytes) : TftpAnnotator.summary(packet);
        log.record(Transport.UDP, action, from, to, bytes, label);
    }

    private static String describeBad(byte[] bytes) {
        try {
            return TftpAnnotator.summary(TftpCodec.decode(bytes));
        } catch (TftpFormatException e) {
            return "not TFTP: " + e.getMessage();
        }
    }

    /** Datagrams put on the wire (injected duplicates included, errors to strangers not). */
    public long sent() {
        return sent;
    }

    /** Datagrams that arrived, from anyone. */
    public long received() {
        return received;
    }

    /** Datagrams dropped by the fault injection. */
    public long dropped() {
        return dropped;
    }

    /** Datagrams the fault injection sent twice. */
    public long doubled() {
        return doubled;
    }

    /** Datagrams from strangers answered with error 5. */
    public long strangers() {
        return strangers;
    }

    /** Datagrams past the record limit, not in the log. */
    public long notRecorded() {
        return notRecorded;
    }

    /** The socket this port sends and receives on (its owner closes it at shutdown). */
    DatagramSocket socket() {
        return socket;
    }

    /** Closes the socket; the buffers go back for the next transfer (call it from the thread that drove the port). */
    @Override
    public void close() {
        socket.close();
        DirectBuffers.DATAGRAMS.give(direct);
        DirectBuffers.DATAGRAMS.give(inbound);
        DirectBuffers.DATAGRAMS.give(ahead);
        direct = null;
        ahead = null;
        inbound = null;
    }
}
