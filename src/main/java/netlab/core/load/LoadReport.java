package netlab.core.load;

/**
 * What one load run measured: N clients each sent M messages of B bytes to an echo server and
 * checked every byte that came back.
 *
 * @param model            the server's concurrency model, e.g. "virtual"
 * @param clients          clients started
 * @param connected        clients whose connection was accepted
 * @param connectRetries   connects given up (a SYN dropped by a full accept queue) and tried again
 * @param messages         messages per client
 * @param size             bytes per message (payload; each also carries a 4-byte length prefix)
 * @param echoed           messages whose echo came back byte for byte
 * @param bytesChecked     payload bytes compared with what was sent
 * @param elapsedNanos     from the first connect to the last echo
 * @param connectNanos     from the first connect until every client had connected
 * @param latencies        round trips: write of a message to the last byte of its echo
 * @param serverThreads    most threads the server used at once for its connections
 * @param virtualThreads   true when those threads were virtual
 * @param processThreads   peak platform threads in the whole process (client side included)
 * @param errors           clients that failed (refused, reset, wrong bytes, timed out)
 * @param firstError       the first failure in words, or empty
 * @param timedOut         true when the run hit its time limit
 */
public record LoadReport(String model, int clients, int connected, int connectRetries, int messages, int size, long echoed,
                         long bytesChecked, long elapsedNanos, long connectNanos, Latencies latencies, int serverThreads,
                         boolean virtualThreads, int processThreads, int errors, String firstError, boolean timedOut) {
    /** Time spent echoing once every client had connected. */
    public long echoNanos() {
        return elapsedNanos - connectNanos;
    }

    /** Messages echoed per second while every client was connected. */
    public double messagesPerSecond() {
        return echoNanos() <= 0 ? 0 : echoed * 1e9 / echoNanos();
    }

    /** Payload bytes per second echoed while every client was connected (each byte counted once). */
    public double bytesPerSecond() {
        return echoNanos() <= 0 ? 0 : bytesChecked * 1e9 / echoNanos();
    }
}
