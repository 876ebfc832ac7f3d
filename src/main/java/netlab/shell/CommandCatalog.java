package netlab.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import netlab.shell.commands.ExitCommand;
import netlab.shell.commands.HelpCommand;
import netlab.shell.commands.HexdumpCommand;
import netlab.shell.commands.sockets.CaptureCommand;
import netlab.shell.commands.http.HttpCommand;
import netlab.shell.commands.chat.ChatCommand;
import netlab.shell.commands.sockets.TcpCommand;
import netlab.shell.commands.sockets.UdpCommand;
import netlab.shell.commands.tftp.TftpCommand;
import netlab.shell.commands.wire.EncapsulateCommand;
import netlab.shell.commands.wire.OsiCommand;
import netlab.shell.commands.addr.IpCommand;
import netlab.shell.commands.addr.SubnetCommand;
import netlab.shell.commands.lessons.AnswerCommand;
import netlab.shell.commands.lessons.HintCommand;
import netlab.shell.commands.lessons.LessonCommand;
import netlab.shell.commands.lessons.LessonsCommand;
import netlab.shell.commands.lessons.NextCommand;
import netlab.shell.commands.lessons.PageCommand;
import netlab.shell.commands.lessons.PrevCommand;
import netlab.shell.commands.lessons.ProgressCommand;
import netlab.shell.commands.lessons.QuizCommand;
import netlab.shell.commands.lessons.RunCommand;
import netlab.shell.commands.lessons.SkipCommand;
import netlab.shell.commands.lessons.TranscriptCommand;
import netlab.shell.commands.names.HostinfoCommand;
import netlab.shell.commands.names.PortsCommand;
import netlab.shell.commands.names.ResolveCommand;
import netlab.shell.commands.names.SocketsCommand;
import picocli.CommandLine.Command;

/**
 * Every top-level command of the lab, in the order {@code help} lists them, with the group it is
 * listed under. A command's name, aliases and descriptions live in its {@code @Command}
 * annotation only; this list just says which classes are commands.
 */
public final class CommandCatalog {
    /** One top-level command class and the heading it is listed under. */
    public record Entry(String group, Class<? extends LabCommand> type) {
        public Command annotation() {
            return type.getAnnotation(Command.class);
        }

        public String name() {
            return annotation().name();
        }

        public List<String> names() {
            List<String> names = new ArrayList<>();
            names.add(annotation().name());
            names.addAll(List.of(annotation().aliases()));
            return names;
        }

        public String summary() {
            String[] description = annotation().description();
            return description.length == 0 ? "" : description[0];
        }
    }

    public static final String LESSONS = "Lessons";
    public static final String ADDRESSES = "Addresses";
    public static final String BYTES = "Bytes and layers";
    public static final String PORTS = "Ports and names";
    public static final String SOCKETS = "UDP and TCP on loopback";
    public static final String TFTP = "TFTP";
    public static final String SHELL = "The shell";

    private static final List<Entry> ENTRIES = List.of(
            new Entry(LESSONS, LessonsCommand.class),
            new Entry(LESSONS, LessonCommand.class),
            new Entry(LESSONS, NextCommand.class),
            new Entry(LESSONS, PrevCommand.class),
            new Entry(LESSONS, PageCommand.class),
            new Entry(LESSONS, RunCommand.class),
            new Entry(LESSONS, AnswerCommand.class),
            new Entry(LESSONS, HintCommand.class),
            new Entry(LESSONS, SkipCommand.class),
            new Entry(LESSONS, QuizCommand.class),
            new Entry(LESSONS, ProgressCommand.class),
            new Entry(LESSONS, TranscriptCommand.class),
            new Entry(ADDRESSES, IpCommand.class),
            new Entry(ADDRESSES, SubnetCommand.class),
            new Entry(BYTES, HexdumpCommand.class),
            new Entry(BYTES, OsiCommand.class),
            new Entry(BYTES, EncapsulateCommand.class),
            new Entry(PORTS, PortsCommand.class),
            new Entry(PORTS, SocketsCommand.class),
            new Entry(PORTS, ResolveCommand.class),
            new Entry(PORTS, HostinfoCommand.class),
            new Entry(SOCKETS, UdpCommand.class),
            new Entry(SOCKETS, TcpCommand.class),
            new Entry(SOCKETS, CaptureCommand.class),
            new Entry(SOCKETS, HttpCommand.class),
            new Entry(SOCKETS, ChatCommand.class),
            new Entry(TFTP, TftpCommand.class),
            new Entry(SHELL, HelpCommand.class),
            new Entry(SHELL, ExitCommand.class));

    private Map<String, Entry> byName;

    public List<Entry> entries() {
        return ENTRIES;
    }

    /** The command named {@code name} (or one of its aliases). */
    public Optional<Entry> find(String name) {
        return Optional.ofNullable(index().get(name));
    }

    /** Every name a command can be typed by, aliases included. */
    public List<String> names() {
        return List.copyOf(index().keySet());
    }

    private synchronized Map<String, Entry> index() {
        if (byName == null) {
            Map<String, Entry> map = new LinkedHashMap<>();
            for (Entry entry : ENTRIES) {
                for (String name : entry.names()) {
                    map.put(name, entry);
                }
            }
            byName = map;
        }
        return byName;
    }

    /** The known name closest to a mistyped one, if one is close enough to be a likely typo. */
    public Optional<String> nearest(String typed) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : names()) {
            int d = distance(typed.toLowerCase(java.util.Locale.ROOT), name);
            if (d < bestDistance) {
                bestDistance = d;
                best = name;
            }
        }
        int allowed = Math.max(1, Math.min(3, typed.length() / 3));
        if (best != null && (bestDistance <= allowed || best.startsWith(typed.toLowerCase(java.util.Locale.ROOT)))) {
            return Optional.of(best);
        }
        return Optional.empty();
    }

    /** Damerau–Levenshtein distance (optimal string alignment): a swap of two letters costs 1. */
    static int distance(String a, String b) {
        if (a.length() > 64) {
            return Integer.MAX_VALUE / 2;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
