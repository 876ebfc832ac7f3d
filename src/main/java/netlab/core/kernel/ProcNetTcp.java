package netlab.core.kernel;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import netlab.core.InvalidInputException;

/**
 * Reads the text of Linux's {@code /proc/net/tcp} and {@code /proc/net/tcp6}: one socket per line
 * after a heading, addresses as hex in the kernel's byte order (each 32-bit word little-endian on
 * x86: {@code 0100007F} is 127.0.0.1), ports as big-endian hex, states as hex numbers
 * ({@link TcpState}). Pure: the caller reads the file.
 */
public final class ProcNetTcp {
    private ProcNetTcp() {
    }

    /** Every socket in the file's text; a malformed line is an {@link InvalidInputException} naming it. */
    public static List<KernelSocket> parse(String text) {
        List<KernelSocket> sockets = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("sl")) {
                continue;
            }
            sockets.add(line(line, i + 1));
        }
        return sockets;
    }

    static KernelSocket line(String line, int number) {
        String[] f = line.split("\\s+");
        if (f.length < 10 || !f[0].endsWith(":")) {
            throw bad(line, number, "expected \"sl: local remote st tx:rx tr:when retr uid timeout inode\"");
        }
        try {
            InetSocketAddress local = endpoint(f[1]);
            InetSocketAddress remote = endpoint(f[2]);
            int code = Integer.parseInt(f[3], 16);
            String[] queues = f[4].split(":");
            long tx = Long.parseLong(queues[0], 16);
            long rx = Long.parseLong(queues[1], 16);
            int uid = Integer.parseInt(f[7]);
            long inode = Long.parseLong(f[9]);
            return new KernelSocket(local, remote, TcpState.of(code), code, tx, rx, uid, inode);
        } catch (RuntimeException e) {
            throw bad(line, number, e.getMessage() == null ? "a field is not a number" : e.getMessage());
        }
    }

    /** {@code 0100007F:1F90} → 127.0.0.1:8080; 32 hex digits before the colon for IPv6. */
    public static InetSocketAddress endpoint(String field) {
        int colon = field.indexOf(':');
        if (colon < 0) {
            throw new InvalidInputException("not ADDRESS:PORT in hex: " + InvalidInputException.quote(field));
        }
        String hex = field.substring(0, colon);
        if (hex.length() != 8 && hex.length() != 32) {
            throw new InvalidInputException("an address in /proc/net/tcp has 8 or 32 hex digits, got "
                    + InvalidInputException.quote(hex));
        }
        byte[] bytes = new byte[hex.length() / 2];
        for (int word = 0; word < bytes.length / 4; word++) {
            for (int b = 0; b < 4; b++) {
                int at = (word * 4 + (3 - b)) * 2;
                bytes[word * 4 + b] = (byte) Integer.parseInt(hex.substring(at, at + 2), 16);
            }
        }
        int port = Integer.parseInt(field.substring(colon + 1), 16);
        try {
            return new InetSocketAddress(InetAddress.getByAddress(bytes), port);
        } catch (UnknownHostException e) {
            throw new InvalidInputException("not an address: " + InvalidInputException.quote(hex));
        }
    }

    private static InvalidInputException bad(String line, int number, String why) {
        return new InvalidInputException("line " + number + " of /proc/net/tcp is not understood: "
                + InvalidInputException.quote(line) + " (" + why + ")");
    }
}
