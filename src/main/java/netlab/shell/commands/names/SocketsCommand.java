package netlab.shell.commands.names;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import netlab.core.kernel.KernelSocket;
import netlab.core.kernel.TcpState;
import netlab.net.NetFailure;
import netlab.net.kernel.KernelSocketTable;
import netlab.shell.CommandFailedException;
import netlab.shell.JsonOption;
import netlab.shell.Lab;
import netlab.shell.LabCommand;
import netlab.shell.Style;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "sockets", mixinStandardHelpOptions = true,
        description = {"This machine's TCP and UDP sockets and their states, as \"ss -tuan\" or \"netstat -an\" shows them.",
            "Read from Linux's /proc/net/tcp, tcp6, udp and udp6 (any user may read them)."},
        footer = {"", "Examples:", "  sockets", "  sockets --tcp --listening", "  sockets --udp --json"})
public final class SocketsCommand extends LabCommand {
    @Option(names = "--tcp", description = "Only TCP sockets.")
    boolean tcp;

    @Option(names = "--udp", description = "Only UDP sockets.")
    boolean udp;

    @Option(names = {"-l", "--listening"}, description = "Only sockets waiting for others: TCP LISTEN and unconnected UDP.")
    boolean listening;

    @Mixin
    JsonOption jsonOption = new JsonOption();

    SocketsCommand(Lab lab) {
        super(lab);
    }

    @Override
    protected int execute() throws IOException {
        if (!KernelSocketTable.available()) {
            throw new CommandFailedException("sockets is not available on this system: it reads Linux's /proc/net/tcp"
                    + " (on macOS or Windows, \"netstat -an\" shows the same)");
        }
        List<KernelSocketTable.Row> rows = new ArrayList<>();
        for (KernelSocketTable.Row row : KernelSocketTable.all()) {
            if ((tcp && !udp && row.udp()) || (udp && !tcp && !row.udp())) {
                continue;
            }
            if (listening && !waiting(row)) {
                continue;
            }
            rows.add(row);
        }
        rows.sort(Comparator.comparing((KernelSocketTable.Row r) -> r.udp())
                .thenComparing(r -> !waiting(r))
                .thenComparingInt(r -> r.socket().local().getPort())
                .thenComparing(r -> r.table()));
        if (json(jsonOption)) {
            console().printJson(rows.stream().map(SocketsCommand::json).toList());
            return 0;
        }
        Style s = style();
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"proto", "local address", "remote address", "state"});
        for (KernelSocketTable.Row row : rows) {
            cells.add(new String[] {row.table(), name(row, row.socket().local()), remote(row, row.socket().remote()), state(row)});
        }
        int[] widths = new int[4];
        for (String[] c : cells) {
            for (int i = 0; i < 4; i++) {
                widths[i] = Math.max(widths[i], c[i].length());
            }
        }
        for (int r = 0; r < cells.size(); r++) {
            String[] c = cells.get(r);
            String line = String.format("%-" + widths[0] + "s  %-" + widths[1] + "s  %-" + widths[2] + "s  %s", c[0], c[1], c[2], c[3]);
            println(r == 0 ? s.bold(line) : line);
        }
        println(summary(rows));
        return 0;
    }

    private static boolean waiting(KernelSocketTable.Row row) {
        return row.udp() ? row.socket().code() == 0x07 : row.socket().state() == TcpState.LISTEN;
    }

    private static String state(KernelSocketTable.Row row) {
        if (row.udp()) {
            return row.socket().code() == 0x01 ? "ESTAB (connected)" : "UNCONN";
        }
        return row.socket().state() == TcpState.UNKNOWN ? "state " + row.socket().code() : row.socket().state().name();
    }

    /** An endpoint as ss prints it; an IPv4-mapped address in an IPv6 table stays {@code [::ffff:127.0.0.1]}. */
    private static String name(KernelSocketTable.Row row, InetSocketAddress address) {
        if (row.table().endsWith("6") && address.getAddress() instanceof java.net.Inet4Address v4) {
            return "[::ffff:" + v4.getHostAddress() + "]:" + address.getPort();
        }
        return NetFailure.name(address);
    }

    private static String remote(KernelSocketTable.Row row, InetSocketAddress remote) {
        String name = name(row, remote);
        return remote.getPort() == 0 ? name.substring(0, name.lastIndexOf(':')) + ":*" : name;
    }

    private static String summary(List<KernelSocketTable.Row> rows) {
        Map<String, Integer> tcpStates = new TreeMap<>();
        int udpCount = 0;
        for (KernelSocketTable.Row row : rows) {
            if (row.udp()) {
                udpCount++;
            } else {
                tcpStates.merge(state(row), 1, Integer::sum);
            }
        }
        int tcpCount = rows.size() - udpCount;
        StringBuilder sb = new StringBuilder(tcpCount + " TCP socket" + (tcpCount == 1 ? "" : "s"));
        if (!tcpStates.isEmpty()) {
            sb.append(" (");
            tcpStates.forEach((k, v) -> sb.append(v).append(' ').append(k).append(", "));
            sb.setLength(sb.length() - 2);
            sb.append(')');
        }
        return sb.append(", ").append(udpCount).append(" UDP socket").append(udpCount == 1 ? "" : "s").append('.').toString();
    }

    private static Map<String, Object> json(KernelSocketTable.Row row) {
        KernelSocket k = row.socket();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("proto", row.table());
        m.put("local", name(row, k.local()));
        m.put("remote", name(row, k.remote()));
        m.put("state", state(row));
        m.put("rxQueue", k.rxQueue());
        m.put("txQueue", k.txQueue());
        m.put("uid", k.uid());
        m.put("inode", k.inode());
        return m;
    }
}
