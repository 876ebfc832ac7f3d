package netlab.net.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import netlab.core.load.LoadReport;
import netlab.net.Loopback;
import netlab.net.Scope;

/**
 * One load run: an echo server of the chosen model on 127.0.0.1, N clients against it, and what
 * came of it. Everything the run opened is closed before {@link #run} returns, so runs of the
 * three models one after the other do not add up.
 */
public final class LoadTest {
    private final Scope scope;

    public LoadTest(Scope scope) {
        this.scope = scope;
    }

    /** What to run. */
    public record Plan(EchoModel model, int clients, int messages, int size, long timeoutMillis) {
    }

    public LoadReport run(Plan plan) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        threads.resetPeakThreadCount();
        Scope run = scope.add(new Scope());
        try {
            LoadServer server = LoadServer.of(plan.model(), run);
            int backlog = Math.min(Math.max(plan.clients(), 50), HostLimits.somaxconn());
            InetSocketAddress address = server.start(Loopback.v4(0), backlog);
            LoadClients.Result r = new LoadClients(run).run(address, plan.clients(), plan.messages(), plan.size(),
                    plan.timeoutMillis());
            int peak = threads.getPeakThreadCount();
            return new LoadReport(plan.model().word(), plan.clients(), r.connected(), r.connectRetries(), plan.messages(), plan.size(),
                    r.echoed(), r.echoed() * plan.size(), r.elapsedNanos(), r.connectNanos(), r.latencies(), server.peakThreads(),
                    server.virtualThreads(), peak, r.errors(), r.firstError(), r.timedOut());
        } finally {
            run.close();
        }
    }
}
