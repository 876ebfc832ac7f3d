package netlab.net.kernel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import netlab.core.kernel.KernelSocket;
import netlab.core.kernel.ProcNetTcp;

/**
 * Every TCP and UDP socket of this machine, from Linux's {@code /proc/net/tcp}, {@code tcp6},
 * {@code udp} and {@code udp6} (the tables {@code ss -tuan} and {@code netstat -an} read). The UDP
 * files have the same columns as the TCP ones, so {@link ProcNetTcp} reads them all; a UDP
 * socket's state is 07 (unconnected) or 01 (connected).
 */
public final class KernelSocketTable {
    /** One socket and the table it came from: {@code tcp}, {@code tcp6}, {@code udp} or {@code udp6}. */
    public record Row(String table, KernelSocket socket) {
        public boolean udp() {
            return table.startsWith("udp");
        }
    }

    private static final List<String> TABLES = List.of("tcp", "tcp6", "udp", "udp6");
    private static final Path PROC_NET = Path.of("/proc/net");

    private KernelSocketTable() {
    }

    public static boolean available() {
        return KernelTcpTable.available();
    }

    public static List<Row> all() throws IOException {
        return read(PROC_NET);
    }

    /** The sockets of the four tables under {@code folder} (a copy of /proc/net in tests); missing tables are skipped. */
    public static List<Row> read(Path folder) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String table : TABLES) {
            Path file = folder.resolve(table);
            if (Files.isReadable(file)) {
                for (KernelSocket socket : ProcNetTcp.parse(Files.readString(file))) {
                    rows.add(new Row(table, socket));
                }
            }
        }
        return rows;
    }
}
