package netlab.net.names;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import netlab.net.Loopback;

/**
 * Name resolution as the seeds do it ({@code gethostbyname}, {@code gethostname}) through the
 * system resolver (/etc/hosts, then DNS), with the time it took. {@code localhost} and names under
 * {@code .localhost} are always this machine (RFC 6761 §6.3) and need no lookup at all.
 */
public final class NameLookup {
    /** How long a lookup may take before the lab gives up on it. */
    public static final long TIMEOUT_MILLIS = 10_000;

    private static final InetAddress LOOPBACK_V6;

    static {
        try {
            LOOPBACK_V6 = InetAddress.getByAddress("localhost", new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private NameLookup() {
    }

    /**
     * What resolving a name gave.
     *
     * @param how       "loopback by definition", "address literal" or "system resolver"
     * @param addresses every address, in the resolver's order; empty when the name does not resolve
     * @param nanos     how long it took
     * @param failure   why nothing came back, when {@code addresses} is empty
     */
    public record Result(String name, String how, List<InetAddress> addresses, long nanos, Optional<String> failure) {
    }

    public static Result resolve(String name) throws InterruptedException {
        long start = System.nanoTime();
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("localhost") || n.endsWith(".localhost") || n.equals("localhost.")) {
            return new Result(name, "RFC 6761: localhost is always this machine, no lookup needed",
                    List.of(Loopback.V4, LOOPBACK_V6), System.nanoTime() - start, Optional.empty());
        }
        boolean literal = name.matches("[0-9.]+") || name.contains(":");
        CompletableFuture<InetAddress[]> lookup = CompletableFuture.supplyAsync(() -> {
            try {
                return InetAddress.getAllByName(name);
            } catch (UnknownHostException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, r -> Thread.ofVirtual().name("netlab-resolve").start(r));
        try {
            InetAddress[] found = lookup.get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
            return new Result(name, literal ? "an address literal: nothing to look up" : "system resolver (/etc/hosts, then DNS)",
                    List.of(found), System.nanoTime() - start, Optional.empty());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof java.util.concurrent.CompletionException c ? c.getCause() : e.getCause();
            String why = cause instanceof UnknownHostException ? "no such name (or no DNS server answered)" : String.valueOf(cause.getMessage());
            return new Result(name, "system resolver (/etc/hosts, then DNS)", List.of(), System.nanoTime() - start, Optional.of(why));
        } catch (TimeoutException e) {
            lookup.cancel(true);
            return new Result(name, "system resolver (/etc/hosts, then DNS)", List.of(), System.nanoTime() - start,
                    Optional.of("no answer within " + TIMEOUT_MILLIS / 1000 + " s (is there a network and a DNS server?)"));
        }
    }

    /** This host's name and what resolving it gives: the seeds' {@code gethostbyname(gethostname())}. */
    public record HostName(String name, Result resolved) {
    }

    public static HostName hostName() throws InterruptedException {
        String name;
        try {
            name = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            String message = String.valueOf(e.getMessage());
            name = message.contains(":") ? message.substring(0, message.indexOf(':')).strip() : "localhost";
        }
        return new HostName(name, resolve(name));
    }

    /** One network interface and its addresses with their prefix lengths. */
    public record Interface(String name, boolean up, boolean loopback, List<String> addresses) {
    }

    public static List<Interface> interfaces() throws SocketException {
        List<Interface> list = new ArrayList<>();
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            List<String> addresses = new ArrayList<>();
            for (InterfaceAddress a : ni.getInterfaceAddresses()) {
                addresses.add(text(a.getAddress()) + "/" + a.getNetworkPrefixLength());
            }
            list.add(new Interface(ni.getName(), ni.isUp(), ni.isLoopback(), addresses));
        }
        list.sort((a, b) -> a.loopback() != b.loopback() ? (a.loopback() ? -1 : 1) : a.name().compareTo(b.name()));
        return list;
    }

    /** An address as text: IPv6 in RFC 5952 form, with its zone for link-local ones. */
    public static String text(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            String host = netlab.net.NetFailure.name(new java.net.InetSocketAddress(v6, 0));
            host = host.substring(1, host.lastIndexOf(']'));
            return v6.getScopeId() != 0 && v6.isLinkLocalAddress() && v6.getScopedInterface() != null
                    ? host + "%" + v6.getScopedInterface().getName() : host;
        }
        return address.getHostAddress();
    }
}
