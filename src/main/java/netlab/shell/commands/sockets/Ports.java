package netlab.shell.commands.sockets;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import netlab.core.InvalidInputException;
import netlab.shell.Console;

/** Reads the ports and addresses the socket commands take, with one-line errors. */
public final class Ports {
    private Ports() {
    }

    public static int port(String text, boolean zeroAllowed) {
        if (!text.matches("[0-9]{1,5}") || Integer.parseInt(text) > 65535 || (!zeroAllowed && Integer.parseInt(text) == 0)) {
            throw new InvalidInputException("not a port: " + InvalidInputException.quote(text)
                    + (zeroAllowed ? " (0–65535; 0 takes any free port)" : " (1–65535)"));
        }
        return Integer.parseInt(text);
    }

    /** {@code 127.0.0.1:PORT}, {@code [::1]:PORT} or {@code localhost:PORT}; names other than localhost are refused. */
    public static InetSocketAddress target(String text) {
        int colon = text.lastIndexOf(':');
        if (colon <= 0) {
            throw new InvalidInputException("not HOST:PORT: " + InvalidInputException.quote(text) + " (e.g. 127.0.0.1:9999)");
        }
        String host = text.substring(0, colon);
        int port = port(text.substring(colon + 1), false);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return new InetSocketAddress(literal(host), port);
    }

    /** The address to bind, warning when it is not loopback. */
    public static InetSocketAddress bindAddress(Console console, String host, int port) {
        if (port < 0 || port > 65535) {
            throw new InvalidInputException("not a port: " + port + " (0–65535; 0 takes any free port)");
        }
        InetAddress address = literal(host);
        if (!address.isLoopbackAddress()) {
            console.warn("binding " + host + " makes this socket reachable from other machines; the lab binds 127.0.0.1 by default");
        }
        return new InetSocketAddress(address, port);
    }

    private static InetAddress literal(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return netlab.net.Loopback.V4;
        }
        boolean v4 = host.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}")
                && java.util.Arrays.stream(host.split("\\.")).allMatch(p -> Integer.parseInt(p) <= 255);
        boolean v6 = host.contains(":") && host.matches("[0-9a-fA-F:.]+");
        if (v4 || v6) {
            try {
                return InetAddress.getByName(host);
            } catch (UnknownHostException e) {
                // falls through to the message below
            }
        }
        throw new InvalidInputException("not an IP address: " + InvalidInputException.quote(host)
                + " (use 127.0.0.1, ::1 or localhost)");
    }
}
