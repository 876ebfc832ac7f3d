package netlab.net.tcp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import netlab.core.bytes.FieldSpan;
import netlab.core.framing.FrameDecoder;
import netlab.core.framing.Framing;
import netlab.core.framing.FramingException;
import netlab.core.traffic.Action;
import netlab.core.traffic.TrafficLog;
import netlab.core.traffic.Transport;
import netlab.net.Loopback;
import netlab.net.NetFailure;
import netlab.net.Scope;

/**
 * Sticky packets on a real loopback connection: the sender writes several small messages back to
 * back, one {@code write} each, and closes; the receiver reads with a buffer of a given size and
 * the demo records what every {@code read} returned. TCP (RFC 9293) delivers a stream of bytes,
 * so reads do not follow writes: several messages arrive merged in one read, and a small buffer
 * cuts a message across reads. With a delimiter or a length prefix the receiver's decoder gets
 * every message back whole.
 *
 * <p>The receiver starts reading once every byte has reached its socket's receive queue, so the
 * reads come out the same on every run; on a real network the timing decides as well.
 */
public final class StickyDemo {
    /** The largest message the receiver's decoder accepts. */
    public static final int MAX_MESSAGE = 64 * 1024;
    private static final int TIMEOUT_MS = 2000;

    private final Scope scope;
    private final TrafficLog log;
    private String lastFailure = "";

    public StickyDemo(Scope scope, TrafficLog log) {
        this.scope = scope;
        this.log = log;
    }

    /**
     * What one read returned and what it meant.
     *
     * @param bytes     the bytes the read returned
     * @param offset    where they start in the stream
     * @param writes    which bytes belonged to which write of the sender (the receiver cannot know this)
     * @param decoded   what the receiver's decoder made of them (empty with no framing)
     * @param messages  the messages this read completed
     */
    public record Read(byte[] bytes, long offset, List<FieldSpan> writes, List<FieldSpan> decoded, List<String> messages) {
        public Read {
            bytes = bytes.clone();
            writes = List.copyOf(writes);
            decoded = List.copyOf(decoded);
            messages = List.copyOf(messages);
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }

    /**
     * @param writes  the bytes of each write, framing included
     * @param failure the decoder's complaint about the stream, or empty
     */
    public record Result(InetSocketAddress sender, InetSocketAddress receiver, List<byte[]> writes, List<Read> reads,
                         String failure) {
        public Result {
            writes = writes.stream().map(byte[]::clone).toList();
            reads = List.copyOf(reads);
        }
    }

    /** Sends {@code messages} with {@code framing}; the receiver reads at most {@code buffer} bytes per read. */
    public Result run(List<String> messages, Framing framing, int buffer) throws IOException {
        List<byte[]> writes = new ArrayList<>();
        for (String m : messages) {
            writes.add(framing.encode(m.getBytes(StandardCharsets.UTF_8)));
        }
        return send(writes, framing, buffer);
    }

    /** Sends the given raw writes (framing already applied, or garbage) and reads them back with {@code framing}. */
    public Result send(List<byte[]> writes, Framing framing, int buffer) throws IOException {
        ServerSocket listener = scope.add(new ServerSocket());
        listener.bind(Loopback.v4(0), 1);
        InetSocketAddress server = (InetSocketAddress) listener.getLocalSocketAddress();
        Socket sender = scope.add(new Socket());
        sender.setTcpNoDelay(true);
        sender.connect(server, TIMEOUT_MS);
        InetSocketAddress from = (InetSocketAddress) sender.getLocalSocketAddress();
        log.role(from, "sender");
        log.role(server, "receiver");
        log.record(Transport.TCP, Action.CONNECT, from, server, null, "");
        listener.setSoTimeout(TIMEOUT_MS);
        Socket receiver = scope.add(listener.accept());
        log.record(Transport.TCP, Action.ACCEPT, from, server, null, "");
        OutputStream out = sender.getOutputStream();
        long total = 0;
        for (byte[] w : writes) {
            log.record(Transport.TCP, Action.SEND, from, server, w, "write()");
            out.write(w);
            total += w.length;
        }
        sender.shutdownOutput();
        log.record(Transport.TCP, Action.CLOSE, from, server, null, "SHUT_WR");
        InputStream in = receiver.getInputStream();
        receiver.setSoTimeout(TIMEOUT_MS);
        awaitQueued(in, total);
        return new Result(from, server, writes, readAll(in, writes, framing, buffer, from, server), lastFailure);
    }

    private List<Read> readAll(InputStream in, List<byte[]> writes, Framing framing, int buffer,
                               InetSocketAddress from, InetSocketAddress server) throws IOException {
        FrameDecoder decoder = framing.describingDecoder(MAX_MESSAGE);
        List<Read> reads = new ArrayList<>();
        byte[] chunk = new byte[buffer];
        long offset = 0;
        while (true) {
            int n;
            try {
                n = in.read(chunk);
            } catch (IOException e) {
                throw NetFailure.of(e, "reading", from);
            }
            if (n < 0) {
                log.record(Transport.TCP, Action.RECEIVE, from, server, null, "end of stream");
                if (decoder.partial()) {
                    lastFailure = "the stream ended in the middle of a message";
                }
                break;
            }
            byte[] bytes = Arrays.copyOf(chunk, n);
            log.record(Transport.TCP, Action.RECEIVE, from, server, bytes, "");
            List<FieldSpan> bySender = writeSpans(writes, offset, n);
            FrameDecoder.Fed fed;
            try {
                fed = framing == Framing.NONE ? new FrameDecoder.Fed(List.of(), List.of()) : decoder.feed(bytes);
            } catch (FramingException e) {
                lastFailure = e.getMessage();
                reads.add(new Read(bytes, offset, bySender, List.of(), List.of()));
                log.note("receiver: " + e.getMessage());
                break;
            }
            List<String> texts = fed.messages().stream().map(m -> new String(m, StandardCharsets.UTF_8)).toList();
            reads.add(new Read(bytes, offset, bySender, fed.spans(), texts));
            offset += n;
        }
        return reads;
    }

    /** Which bytes of the read at {@code offset} came from which write. */
    static List<FieldSpan> writeSpans(List<byte[]> writes, long offset, int length) {
        List<FieldSpan> spans = new ArrayList<>();
        long start = 0;
        for (int w = 0; w < writes.size(); w++) {
            long end = start + writes.get(w).length;
            long from = Math.max(start, offset);
            long to = Math.min(end, offset + length);
            if (from < to) {
                int inWrite = (int) (from - start);
                int count = (int) (to - from);
                String part = count == writes.get(w).length ? "whole"
                        : (inWrite == 0 ? "start" : to == end ? "end" : "middle") + String.format(", bytes %d–%d of %d",
                        inWrite, inWrite + count - 1, writes.get(w).length);
                spans.add(new FieldSpan((int) (from - offset), count, "write " + (w + 1),
                        FrameDecoder.quote(writes.get(w), inWrite, count) + " (" + part + ")"));
            }
            start = end;
        }
        return spans;
    }

    /** Waits until every byte sent sits in the receiver's queue, so the reads do not depend on timing. */
    private void awaitQueued(InputStream in, long total) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MS);
        while (in.available() < Math.min(total, Integer.MAX_VALUE) && System.nanoTime() < deadline && !scope.cancelled()) {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("stopped");
            }
        }
    }
}
