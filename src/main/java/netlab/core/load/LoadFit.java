package netlab.core.load;

/**
 * How many concurrent loopback connections one process can hold, and which limit stops it.
 * Client and server run in the same process, so each connection costs two descriptors (the
 * client's socket and the server's accepted one); each client also needs its own ephemeral
 * port, since all of them connect from 127.0.0.1 to the same server address and port.
 *
 * @param descriptorLimit the soft RLIMIT_NOFILE ("Max open files"), or -1 when unknown
 * @param openDescriptors descriptors this process holds already
 * @param firstPort       the ephemeral port range ({@code ip_local_port_range}), inclusive
 * @param lastPort        its last port
 * @param threadLimit     platform threads this process may still start, or -1 when unknown
 */
public record LoadFit(long descriptorLimit, long openDescriptors, int firstPort, int lastPort, long threadLimit) {
    /** Descriptors kept free for the listener, the selector, the lab's own files. */
    public static final int SPARE_DESCRIPTORS = 64;
    /** Ephemeral ports kept free for whatever else this machine connects to meanwhile. */
    public static final int SPARE_PORTS = 256;
    /** Platform threads kept free for the JVM and the lab. */
    public static final int SPARE_THREADS = 256;

    /** What stops more clients. */
    public enum Limit { DESCRIPTORS, EPHEMERAL_PORTS, THREADS }

    /** The answer: at most {@code clients} fit, stopped by {@code limit}; {@code why} says it in words. */
    public record Answer(int clients, Limit limit, String why) {
    }

    /** The largest number of clients that fits; a thread per connection adds the thread limit. */
    public Answer largest(boolean threadPerConnection) {
        long byDescriptors = descriptorLimit < 0 ? Long.MAX_VALUE
                : Math.max(0, (descriptorLimit - openDescriptors - SPARE_DESCRIPTORS) / 2);
        long byPorts = Math.max(0, (long) lastPort - firstPort + 1 - SPARE_PORTS);
        long byThreads = !threadPerConnection || threadLimit < 0 ? Long.MAX_VALUE : Math.max(0, threadLimit - SPARE_THREADS);
        long most = Math.min(byDescriptors, Math.min(byPorts, byThreads));
        int clients = (int) Math.min(Integer.MAX_VALUE, most);
        if (most == byDescriptors) {
            return new Answer(clients, Limit.DESCRIPTORS, String.format("the descriptor limit (%,d per process, %,d already"
                    + " open; each connection costs 2 here: the client's socket and the server's)", descriptorLimit,
                    openDescriptors));
        }
        if (most == byPorts) {
            return new Answer(clients, Limit.EPHEMERAL_PORTS, String.format("the ephemeral port range %d–%d (%,d ports,"
                    + " one per client connecting to the same server port)", firstPort, lastPort, lastPort - firstPort + 1));
        }
        return new Answer(clients, Limit.THREADS, String.format("the thread limit (%,d more threads for this user;"
                + " a thread per connection)", threadLimit));
    }
}
