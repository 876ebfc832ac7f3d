package netlab.core.http;

import java.util.Locale;
import netlab.core.InvalidInputException;

/**
 * An {@code http://host[:port][/path]} URL (RFC 9110 §4.2.1): where to connect and the request
 * target to send. {@code https://} is refused with the reason: it is HTTP inside TLS.
 */
public record HttpUrl(String host, int port, String target) {
    public static HttpUrl parse(String text) {
        String t = text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://")) {
            throw new InvalidInputException("https:// is not supported: HTTPS is HTTP inside TLS, so the bytes on the"
                    + " socket are encrypted and there is no plain request to show; try an http:// URL"
                    + " (curl -v " + InvalidInputException.quote(t).replace("\"", "") + " shows the TLS side)");
        }
        if (lower.contains("://") && !lower.startsWith("http://")) {
            throw new InvalidInputException("not an http:// URL: " + InvalidInputException.quote(t)
                    + " (e.g. http://127.0.0.1:8080/hello.txt)");
        }
        String rest = lower.startsWith("http://") ? t.substring(7) : t;
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String target = slash < 0 ? "/" : rest.substring(slash);
        int hash = target.indexOf('#');
        if (hash >= 0) {
            target = target.substring(0, hash);
        }
        if (authority.contains("@")) {
            throw new InvalidInputException("user:password@ in a URL is not supported: " + InvalidInputException.quote(t));
        }
        String host = authority;
        int port = 80;
        int colon = authority.lastIndexOf(':');
        if (colon >= 0 && authority.indexOf(']') < colon) {
            host = authority.substring(0, colon);
            String p = authority.substring(colon + 1);
            if (!p.matches("[0-9]{1,5}") || Integer.parseInt(p) < 1 || Integer.parseInt(p) > 65535) {
                throw new InvalidInputException("not a port in " + InvalidInputException.quote(t) + ": "
                        + InvalidInputException.quote(p) + " (1–65535)");
            }
            port = Integer.parseInt(p);
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.isEmpty() || !host.matches("[A-Za-z0-9.:_-]+") || target.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            throw new InvalidInputException("not an http:// URL: " + InvalidInputException.quote(t)
                    + " (e.g. http://127.0.0.1:8080/hello.txt; spaces must be written %20)");
        }
        return new HttpUrl(host, port, target.isEmpty() ? "/" : target);
    }

    /** The {@code Host} header's value: the host, and the port when it is not 80. */
    public String hostHeader() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return port == 80 ? h : h + ":" + port;
    }

    @Override
    public String toString() {
        return "http://" + hostHeader() + target;
    }
}
