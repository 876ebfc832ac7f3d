package netlab.shell.commands.tftp;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import netlab.core.InvalidInputException;
import netlab.core.tftp.Mode;
import netlab.core.tftp.TftpOption;
import netlab.core.tftp.TftpOptions;
import netlab.core.traffic.TrafficLog;
import netlab.net.Loopback;
import netlab.net.NetFailure;
import netlab.net.tftp.Faults;
import netlab.net.tftp.ServerConfig;
import netlab.net.tftp.TftpClient;
import netlab.net.tftp.TftpServer;
import netlab.net.tftp.TransferFailedException;
import netlab.shell.CommandFailedException;
import netlab.shell.JsonOption;
import netlab.shell.Lab;
import netlab.shell.UsageException;
import netlab.shell.commands.DemoCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What {@code tftp get} and {@code tftp put} share: the server to talk to (or the lab's own on
 * loopback), the options to ask for, loss and duplication to inject, and how a transfer is shown:
 * every packet on the ladder with its bytes, then a summary.
 */
abstract class TransferCommand extends DemoCommand {
    /** Datagrams recorded per side before a transfer is only counted. */
    static final int RECORDED = 200;
    /** Beyond this many datagrams a transfer is summarised instead of drawn (unless --trace). */
    static final int DRAWN_UP_TO = 60;

    @Option(names = "--server", paramLabel = "HOST[:PORT]",
            description = "A TFTP server to use (port 69 if none is given). Without it the lab starts its own on 127.0.0.1.")
    String server;

    @Option(names = "--blksize", paramLabel = "N", description = "Ask for N-byte blocks (8-65464; RFC 2348).")
    Integer blksize;

    @Option(names = "--windowsize", paramLabel = "N", description = "Ask for N blocks per ACK (1-65535; RFC 7440).")
    Integer windowsize;

    @Option(names = "--tsize", description = "Ask for (get) or announce (put) the file size (RFC 2349).")
    boolean tsize;

    @Option(names = "--timeout", paramLabel = "S", description = "Seconds before a retransmission, also asked of the"
            + " server (1-255; RFC 2349). Default: 1 s, not asked.")
    Integer timeout;

    @Option(names = "--mode", paramLabel = "MODE", description = "octet (bytes as they are, the default) or netascii"
            + " (text, CR LF on the wire).")
    String mode = "octet";

    @Option(names = "--loss", paramLabel = "P", description = "Drop each packet with probability P (0-0.9), to see"
            + " timeouts and retransmission.")
    double loss;

    @Option(names = "--dup", paramLabel = "P", description = "Send each packet twice with probability P (0-1).")
    double dup;

    @Option(names = "--seed", paramLabel = "S", description = "Seed for --loss and --dup: the same seed drops the same"
            + " packets (default 1).")
    long seed = 1;

    @Option(names = "--trace", description = "Draw every packet, even with --server or for a long transfer.")
    boolean trace;

    @Option(names = "--quiet", description = "Only the summary, no packets.")
    boolean quiet;

    @Mixin
    JsonOption jsonOption = new JsonOption();

    TransferCommand(Lab lab) {
        super(lab);
    }

    /** The options to ask for, from the flags. */
    TftpOptions options() {
        TftpOptions o = TftpOptions.NONE;
        if (blksize != null) {
            o = o.with(TftpOption.BLKSIZE, check(TftpOption.BLKSIZE, "--blksize", blksize));
        }
        if (timeout != null) {
            o = o.with(TftpOption.TIMEOUT, check(TftpOption.TIMEOUT, "--timeout", timeout));
        }
        if (tsize) {
            o = o.with(TftpOption.TSIZE, 0);
        }
        if (windowsize != null) {
            o = o.with(TftpOption.WINDOWSIZE, check(TftpOption.WINDOWSIZE, "--windowsize", windowsize));
        }
        return o;
    }

    private static long check(TftpOption option, String flag, long value) {
        if (!option.allows(value)) {
            throw new InvalidInputException(flag + " " + value + " is out of range (" + option.range() + ")");
        }
        return value;
    }

    Mode mode() {
        return Mode.of(mode).filter(m -> !mode.equalsIgnoreCase("mail")).orElseThrow(() -> new InvalidInputException(
                "not a TFTP mode: " + InvalidInputException.quote(mode) + " (octet or netascii; mail is obsolete)"));
    }

    Faults faults() {
        if (loss < 0 || loss > 0.9) {
            throw new InvalidInputException("--loss " + loss + " is out of range (0-0.9: the chance a packet is lost)");
        }
        if (dup < 0 || dup > 1) {
            throw new InvalidInputException("--dup " + dup + " is out of range (0-1: the chance a packet is sent twice)");
        }
        return new Faults(loss, dup, seed);
    }

    long timeoutMillis() {
        return timeout == null ? 1000 : timeout * 1000L;
    }

    boolean ownServer() {
        return server == null;
    }

    /** The server from {@code --server HOST[:PORT]}. */
    InetSocketAddress serverAddress() {
        String text = server.strip();
        String host = text;
        int port = 69;
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0) {
                throw badServer();
            }
            host = text.substring(1, close);
            if (close + 1 < text.length()) {
                if (text.charAt(close + 1) != ':') {
                    throw badServer();
                }
                port = port(text.substring(close + 2));
            }
        } else if (text.indexOf(':') == text.lastIndexOf(':') && text.indexOf(':') > 0) {
            host = text.substring(0, text.indexOf(':'));
            port = port(text.substring(text.indexOf(':') + 1));
        }
        if (host.equalsIgnoreCase("localhost")) {
            return new InetSocketAddress(Loopback.V4, port);
        }
        boolean literal = host.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}") || host.contains(":") && host.matches("[0-9a-fA-F:.]+");
        if (!literal) {
            throw badServer();
        }
        try {
            return new InetSocketAddress(InetAddress.getByName(host), port);
        } catch (UnknownHostException e) {
            throw badServer();
        }
    }

    private InvalidInputException badServer() {
        return new InvalidInputException("not a server address: " + InvalidInputException.quote(server)
                + " (HOST or HOST:PORT, e.g. 127.0.0.1:6969, [::1]:6969 or localhost)");
    }

    private int port(String text) {
        if (!text.matches("[0-9]{1,5}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 65535) {
            throw new InvalidInputException("not a port: " + InvalidInputException.quote(text) + " (1-65535)");
        }
        return Integer.parseInt(text);
    }

    /** The lab's own server on 127.0.0.1, any free port, loss injected with the next seed. */
    TftpServer ownServer(Path root, boolean writable, TrafficLog log) throws IOException {
        ServerConfig config = ServerConfig.of(root, Loopback.v4(0)).writable(writable, writable)
                .withFaults(faults().reseeded(1_000_003)).withTimeout(timeoutMillis(), 8);
        return lab.scope().add(new TftpServer(config, line -> {
        }, log, false).start());
    }

    TftpClient client(TrafficLog log) {
        return new TftpClient(lab.scope(), log, RECORDED, !ownServer());
    }

    TftpClient.Request request(InetSocketAddress to, String name) {
        return new TftpClient.Request(to, name, mode(), options(), timeoutMillis(), ownServer() ? 8 : 5, faults());
    }

    boolean json() {
        return json(jsonOption);
    }

    /** Prints progress on a terminal; scripts and transcripts see only the result. */
    LongConsumer progress(long size) {
        if (!console().interactive() || json()) {
            return null;
        }
        return bytes -> {
            String of = size > 0 ? " of " + bytes(size) + " (" + (bytes * 100 / size) + "%)" : "";
            console().out().print("\r  " + bytes(bytes) + of + "   ");
            console().flush();
        };
    }

    void endProgress(LongConsumer progress) {
        if (progress != null) {
            console().out().print("\r" + " ".repeat(40) + "\r");
        }
    }

    /** Shows the packets (unless quiet, or a long transfer without --trace). */
    void show(TrafficLog log, long datagrams) {
        keep(log);
        if (json() || quiet) {
            return;
        }
        if (!ownServer() && !trace) {
            return;
        }
        if (datagrams > DRAWN_UP_TO && !trace) {
            println(style().dim("(" + datagrams + " packets: a long transfer shows its summary; --trace draws the first "
                    + TftpView.DRAWN + ")"));
            return;
        }
        console().out().print(new TftpView(style(), console().width()).render(log, full));
        println("");
    }

    /** Packets, retransmissions, duplicates, bytes, time, throughput. */
    void summary(String verb, String name, TftpClient.Result r, Map<String, Object> extra) {
        TftpClient.Wire w = r.wire();
        if (json()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", name);
            m.put("direction", verb);
            m.put("bytes", r.bytes());
            m.put("packetsSent", w.sent());
            m.put("packetsReceived", w.received());
            m.put("retransmissions", r.retransmissions());
            m.put("duplicates", r.stats().duplicates());
            m.put("lost", w.dropped());
            m.put("doubled", w.doubled());
            m.put("seconds", r.elapsedNanos() / 1e9);
            m.put("bytesPerSecond", Math.round(r.throughput()));
            Map<String, Object> options = new LinkedHashMap<>();
            r.negotiated().values().forEach((k, v) -> options.put(k.wireName(), v));
            m.put("options", options);
            m.put("serverPort", r.serverPort().getPort());
            m.putAll(extra);
            console().printJson(m);
            return;
        }
        int block = (int) r.negotiated().get(TftpOption.BLKSIZE).orElse(512);
        long blocks = r.bytes() / block + 1;
        String wire = mode().name().equals("NETASCII") ? " on the wire (netascii: CR LF line ends)" : "";
        println(verb + " " + name + ": " + r.bytes() + " bytes" + wire + " in " + blocks + " DATA packet" + (blocks == 1 ? "" : "s")
                + " of up to " + block + " bytes" + (r.oack() ? " (options: " + r.negotiated() + ")" : ""));
        if (blocks > 65535) {
            println("block numbers went past 65535 and rolled over to 0 " + (blocks / 65536 == 1 ? "once"
                    : (blocks / 65536) + " times") + " (16-bit block field)");
        }
        String injected = w.dropped() == 0 && w.doubled() == 0 ? ""
                : " (on purpose: " + w.dropped() + " lost, " + w.doubled() + " sent twice)";
        println("packets: " + (w.sent() + w.dropped()) + " sent" + injected + ", " + w.received()
                + " received; retransmissions: " + r.retransmissions() + "; duplicates received: " + r.stats().duplicates());
        println("time: " + time(r.elapsedNanos()) + ", throughput: " + rate(r.throughput()) + " (server's new port: "
                + r.serverPort().getPort() + ")");
    }

    /** A failed transfer: the packets so far, then the error as the command's one line (exit 1). */
    CommandFailedException failed(TransferFailedException e, TrafficLog log) {
        show(log, 0);
        return new CommandFailedException(e.getMessage(), e);
    }

    static String time(long nanos) {
        if (nanos < 10_000_000L) {
            return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
        }
        if (nanos < 10_000_000_000L) {
            return String.format(Locale.ROOT, "%d ms", nanos / 1_000_000);
        }
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    static String rate(double bytesPerSecond) {
        if (bytesPerSecond >= 1e6) {
            return String.format(Locale.ROOT, "%.1f MB/s", bytesPerSecond / 1e6);
        }
        if (bytesPerSecond >= 1e3) {
            return String.format(Locale.ROOT, "%.1f KB/s", bytesPerSecond / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f B/s", bytesPerSecond);
    }

    static String bytes(long n) {
        if (n >= 1 << 20) {
            return String.format(Locale.ROOT, "%.1f MiB", n / (double) (1 << 20));
        }
        if (n >= 1 << 10) {
            return String.format(Locale.ROOT, "%.1f KiB", n / 1024.0);
        }
        return n + " B";
    }

    static String name(InetSocketAddress a) {
        return NetFailure.name(a);
    }

    /** Checks every flag before anything is opened: a bad value is one line, and nothing is left behind. */
    void checkFlags() {
        if (trace && quiet) {
            throw new UsageException("--trace and --quiet contradict each other; choose one");
        }
        options();
        faults();
        mode();
    }
}
