package netlab.shell.commands.sockets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import netlab.core.InvalidInputException;
import netlab.core.load.Latencies;
import netlab.core.load.LoadFit;
import netlab.core.load.LoadReport;
import netlab.net.load.EchoModel;
import netlab.net.load.HostLimits;
import netlab.net.load.LoadServer;
import netlab.net.load.LoadTest;
import netlab.shell.CommandFailedException;
import netlab.shell.Lab;
import netlab.shell.LabCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"An echo server under load: N clients connect at once to 127.0.0.1, each sends M messages"
                + " of B bytes (4-byte length first) and checks every byte of every echo.",
            "--model picks how the server serves them: platform (an OS thread per connection, the seeds' tcplink),"
                + " virtual (a virtual thread per connection) or nio (one thread and a selector).",
            "Prints throughput, round-trip latency (p50, p99, max), the threads used and the errors.",
            "Before starting it checks what fits: 2 descriptors per connection (both ends live in this process)"
                + " and one ephemeral port per client."},
        footer = {"", "Examples:", "  tcp load --clients 50", "  tcp load --clients 1000 --model nio",
            "  tcp load --clients 200 --messages 10 --compare"})
final class TcpLoadCommand extends LabCommand {
    @Option(names = "--clients", paramLabel = "N", description = "Clients connected at once (default ${DEFAULT-VALUE}).")
    int clients = 100;

    @Option(names = "--messages", paramLabel = "M", description = "Messages each client sends (default ${DEFAULT-VALUE}).")
    int messages = 20;

    @Option(names = "--size", paramLabel = "B", description = "Bytes in each message (default ${DEFAULT-VALUE}).")
    int size = 64;

    @Option(names = "--model", paramLabel = "MODEL", description = "platform, virtual or nio (default ${DEFAULT-VALUE}).")
    String model = "virtual";

    @Option(names = "--compare", description = "Run the same load on all three models and show them side by side.")
    boolean compare;

    @Option(names = "--timeout", paramLabel = "S", description = "Stop a run after S seconds (default ${DEFAULT-VALUE}).")
    int timeout = 120;

    /** Round trips timed in one run, at most (8 bytes each are kept for the percentiles). */
    static final long MAX_ROUND_TRIPS = 4_000_000;

    TcpLoadCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() throws Exception {
        List<EchoModel> models = compare ? List.of(EchoModel.values()) : List.of(parseModel(model));
        check();
        LoadFit.Answer fit = HostLimits.read().largest(models.contains(EchoModel.PLATFORM));
        if (clients > fit.clients()) {
            throw new CommandFailedException(String.format("%,d clients do not fit: %s allows at most %,d", clients,
                    fit.why(), fit.clients()));
        }
        println(String.format("tcp load: %,d clients × %,d messages × %,d bytes on 127.0.0.1, every echoed byte checked",
                clients, messages, size));
        List<LoadReport> reports = new ArrayList<>();
        for (EchoModel m : models) {
            LoadReport r = new LoadTest(lab.scope()).run(new LoadTest.Plan(m, clients, messages, size, timeout * 1000L));
            if (lab.scope().cancelled()) {
                throw new CommandFailedException("stopped");
            }
            reports.add(r);
            if (!compare) {
                println("server: " + m.description());
                show(r);
            }
        }
        if (compare) {
            table(reports);
        }
        return reports.stream().allMatch(r -> r.errors() == 0) ? 0 : 1;
    }

    private void check() {
        if (clients < 1) {
            throw new InvalidInputException("--clients must be at least 1, got " + clients);
        }
        if (messages < 1) {
            throw new InvalidInputException("--messages must be at least 1, got " + messages);
        }
        if (size < 1 || size > LoadServer.MAX_MESSAGE) {
            throw new InvalidInputException(String.format("--size must be 1–%,d bytes (the server's largest message),"
                    + " got %,d", LoadServer.MAX_MESSAGE, size));
        }
        if ((long) clients * messages > MAX_ROUND_TRIPS) {
            throw new InvalidInputException(String.format("%,d clients × %,d messages is %,d round trips; one run times"
                    + " at most %,d (use fewer clients or messages)", clients, messages, (long) clients * messages,
                    MAX_ROUND_TRIPS));
        }
        if (timeout < 1 || timeout > 3600) {
            throw new InvalidInputException("--timeout must be 1–3600 seconds, got " + timeout);
        }
    }

    static EchoModel parseModel(String word) {
        for (EchoModel m : EchoModel.values()) {
            if (m.word().equalsIgnoreCase(word)) {
                return m;
            }
        }
        throw new InvalidInputException("not a server model: " + InvalidInputException.quote(word)
                + " (use platform, virtual or nio)");
    }

    private void show(LoadReport r) {
        Latencies l = r.latencies();
        println(String.format("  connected    %,d of %,d clients at once%s", r.connected(), r.clients(),
                r.connectRetries() == 0 ? "" : String.format(" (%,d connects tried again: SYNs dropped while the"
                        + " server's accept queue was full)", r.connectRetries())));
        println(String.format("  echoed       %,d messages, %,d bytes checked", r.echoed(), r.bytesChecked()));
        println("  time         " + duration(r.elapsedNanos()) + ": connecting " + duration(r.connectNanos())
                + ", then echoing " + duration(r.echoNanos()));
        println(String.format("  throughput   %,d messages/s while echoing (%s)", Math.round(r.messagesPerSecond()),
                rate(r.bytesPerSecond())));
        println("  latency      p50 " + duration(l.p50Nanos()) + " · p99 " + duration(l.p99Nanos()) + " · max "
                + duration(l.maxNanos()));
        println(String.format("  threads      server %,d %s at once · process peak %,d platform", r.serverThreads(),
                r.virtualThreads() ? "virtual" : "platform", r.processThreads()));
        println(String.format("  errors       %,d%s", r.errors(), errorText(r)));
    }

    private void table(List<LoadReport> reports) {
        println(String.format("%-9s %10s %7s %9s %9s %12s %9s %9s %9s %16s %8s", "model", "echoed", "errors", "connect",
                "echoing", "messages/s", "p50", "p99", "max", "server threads", "process"));
        for (LoadReport r : reports) {
            Latencies l = r.latencies();
            println(String.format("%-9s %,10d %,7d %9s %9s %,12d %9s %9s %9s %16s %,8d", r.model(), r.echoed(), r.errors(),
                    duration(r.connectNanos()), duration(r.echoNanos()), Math.round(r.messagesPerSecond()), duration(l.p50Nanos()),
                    duration(l.p99Nanos()), duration(l.maxNanos()),
                    String.format("%,d %s", r.serverThreads(), r.virtualThreads() ? "virtual" : "OS"), r.processThreads()));
        }
        for (LoadReport r : reports) {
            if (r.errors() > 0) {
                println(r.model() + ":" + errorText(r));
            }
            if (r.connectRetries() > 0) {
                println(String.format("%s: %,d connects tried again (SYNs dropped while the server's accept queue was"
                        + " full)", r.model(), r.connectRetries()));
            }
        }
        println("server threads: most threads serving connections at once; process: peak platform (OS) threads"
                + " in the lab, clients included.");
    }

    private static String errorText(LoadReport r) {
        if (r.errors() == 0) {
            return "";
        }
        return (r.timedOut() ? " (stopped by the time limit)" : "") + (r.firstError().isEmpty() ? "" : " — first: "
                + r.firstError());
    }

    /** A duration the way the transcripts' {{time}} reads it: 850 µs, 1.2 ms, 3.41 s. */
    static String duration(long nanos) {
        if (nanos < 1_000_000) {
            return (nanos / 1000) + " µs";
        }
        if (nanos < 1_000_000_000) {
            return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
        }
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
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
}
