package netlab.core.wire;

import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import netlab.core.InvalidInputException;

/**
 * An IPv4 address and a port, written {@code A.B.C.D:PORT}: one end of a UDP or TCP
 * conversation (RFC 791 addresses, RFC 768/9293 ports). Parsing never asks a name server.
 */
public record Endpoint(Inet4Address address, int port) {
    public Endpoint {
        if (port < 0 || port > 65535) {
            throw new InvalidInputException("not a port: " + port + " (0–65535)");
        }
    }

    /** Reads {@code 127.0.0.1:8080}. */
    public static Endpoint parse(String text) {
        int colon = text.lastIndexOf(':');
        if (colon < 0) {
            throw new InvalidInputException("not an endpoint: " + InvalidInputException.quote(text)
                    + " (write ADDRESS:PORT, e.g. 127.0.0.1:8080)");
        }
        Inet4Address address = address(text.substring(0, colon));
        String port = text.substring(colon + 1);
        if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) > 65535) {
            throw new InvalidInputException("not a port: " + InvalidInputException.quote(port) + " in "
                    + InvalidInputException.quote(text) + " (0–65535)");
        }
        return new Endpoint(address, Integer.parseInt(port));
    }

    /** Reads a dotted-quad IPv4 address such as {@code 127.0.0.1}. */
    public static Inet4Address address(String text) {
        String[] parts = text.split("\\.", -1);
        byte[] bytes = new byte[4];
        boolean ok = parts.length == 4;
        for (int i = 0; ok && i < 4; i++) {
            ok = parts[i].matches("[0-9]{1,3}") && Integer.parseInt(parts[i]) <= 255;
            if (ok) {
                bytes[i] = (byte) Integer.parseInt(parts[i]);
            }
        }
        if (!ok) {
            throw new InvalidInputException("not an IPv4 address: " + InvalidInputException.quote(text)
                    + " (four numbers 0–255 separated by dots, e.g. 127.0.0.1)");
        }
        return address(bytes);
    }

    /** The IPv4 address of four bytes. */
    public static Inet4Address address(byte[] four) {
        try {
            return (Inet4Address) Inet4Address.getByAddress(four);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("an IPv4 address has 4 bytes, got " + four.length, e);
        }
    }

    /** The same endpoint as a socket address (no name lookup). */
    public InetSocketAddress toSocketAddress() {
        return new InetSocketAddress(address, port);
    }

    /** The endpoint of an IPv4 socket address. */
    public static Endpoint of(InetSocketAddress socketAddress) {
        if (!(socketAddress.getAddress() instanceof Inet4Address v4)) {
            throw new InvalidInputException("only IPv4 endpoints can be framed, got " + socketAddress);
        }
        return new Endpoint(v4, socketAddress.getPort());
    }

    @Override
    public String toString() {
        return address.getHostAddress() + ":" + port;
    }
}
