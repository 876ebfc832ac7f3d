package netlab.core.ports;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A service and the port IANA assigned it (the "Service Name and Transport Protocol Port Number
 * Registry", RFC 6335): at least those the course notes name.
 *
 * @param name       the registry's name, lower case ({@code http})
 * @param port       the port number
 * @param transports {@code tcp}, {@code udp} or both, as the service uses them in practice
 * @param what       one short phrase
 */
public record Service(String name, int port, String transports, String what) {
    public static final List<Service> COMMON = List.of(
            new Service("ftp-data", 20, "tcp", "FTP's data connection (active mode)"),
            new Service("ftp", 21, "tcp", "File Transfer Protocol, control connection"),
            new Service("ssh", 22, "tcp", "Secure Shell: remote login"),
            new Service("telnet", 23, "tcp", "Telnet: remote login in clear text"),
            new Service("smtp", 25, "tcp", "sending e-mail"),
            new Service("dns", 53, "udp+tcp", "Domain Name System (the registry says \"domain\")"),
            new Service("dhcp", 67, "udp", "DHCP server (BOOTP)"),
            new Service("tftp", 69, "udp", "Trivial File Transfer Protocol (lesson 12)"),
            new Service("http", 80, "tcp", "the web (lesson 11)"),
            new Service("pop3", 110, "tcp", "fetching e-mail"),
            new Service("ntp", 123, "udp", "Network Time Protocol"),
            new Service("imap", 143, "tcp", "reading e-mail on the server"),
            new Service("snmp", 161, "udp", "Simple Network Management Protocol"),
            new Service("https", 443, "tcp", "the web over TLS"),
            new Service("rip", 520, "udp", "Routing Information Protocol (the registry says \"router\")"),
            new Service("oracle", 1521, "tcp", "Oracle database listener"),
            new Service("mysql", 3306, "tcp", "MySQL database"),
            new Service("rdp", 3389, "tcp", "Remote Desktop"),
            new Service("postgresql", 5432, "tcp", "PostgreSQL database"),
            new Service("tomcat", 8080, "tcp", "Apache Tomcat's default (registry: http-alt)"));

    private static final java.util.Map<String, String> ALIASES = java.util.Map.of(
            "domain", "dns", "router", "rip", "http-alt", "tomcat", "www", "http", "postgres", "postgresql",
            "bootps", "dhcp", "ms-wbt-server", "rdp");

    /** Every name this service goes by: its own, then registry aliases ({@code dns | domain}). */
    public String spellings() {
        StringBuilder sb = new StringBuilder(name);
        ALIASES.entrySet().stream().filter(e -> e.getValue().equals(name)).map(java.util.Map.Entry::getKey).sorted()
                .forEach(a -> sb.append(" | ").append(a));
        return sb.toString();
    }

    public PortRange range() {
        return PortRange.of(port);
    }

    /** The service called {@code name} (any case; registry aliases such as {@code domain} too). */
    public static Optional<Service> named(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        String canonical = ALIASES.getOrDefault(n, n);
        return COMMON.stream().filter(s -> s.name().equals(canonical)).findFirst();
    }

    /** The service on {@code port}, if it is one of the common ones. */
    public static Optional<Service> onPort(int port) {
        return COMMON.stream().filter(s -> s.port() == port).findFirst();
    }
}
