package netlab.shell.render;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import netlab.core.traffic.Action;
import netlab.core.traffic.Exchange;
import netlab.core.traffic.TrafficLog;
import netlab.core.traffic.Transport;
import netlab.shell.Style;

/**
 * A ladder (sequence) diagram of a demo's traffic: one column per endpoint labelled
 * {@code 127.0.0.1:PORT}, time going down, one arrow per datagram or TCP write, with reads,
 * accepts and notes written beside the column they happened at.
 *
 * <pre>
 *          client                 server
 *     127.0.0.1:50000        127.0.0.1:50001
 *            |                      |
 *            | #1 "hi" 2 B          |
 *            |--------------------->|
 * </pre>
 */
public final class LadderDiagram {
    private static final int MIN_GAP = 34;
    private final Style style;
    private final int width;

    public LadderDiagram(Style style, int width) {
        this.style = style;
        this.width = Math.max(60, width);
    }

    public String render(TrafficLog log) {
        List<InetSocketAddress> endpoints = log.endpoints();
        Map<InetSocketAddress, String> roles = log.roles();
        if (endpoints.isEmpty()) {
            return "(no traffic)\n";
        }
        int labelWidth = endpoints.stream().mapToInt(e -> name(e).length()).max().orElse(15);
        int gap = Math.max(MIN_GAP, labelWidth + 6);
        int[] column = new int[endpoints.size()];
        for (int i = 0; i < column.length; i++) {
            column[i] = labelWidth / 2 + 1 + i * gap;
        }
        int lineWidth = column[column.length - 1] + labelWidth / 2 + 2;
        StringBuilder sb = new StringBuilder();
        sb.append(headings(endpoints, roles, column, lineWidth, true));
        sb.append(headings(endpoints, roles, column, lineWidth, false));
        sb.append(rails(column, lineWidth)).append('\n');
        for (Exchange e : log.exchanges()) {
            int from = e.from() == null ? -1 : endpoints.indexOf(e.from());
            int to = e.to() == null ? -1 : endpoints.indexOf(e.to());
            switch (e.action()) {
                case SEND, DROP, CONNECT, CLOSE -> {
                    if (from >= 0 && to >= 0 && from != to) {
                        arrow(sb, column, lineWidth, from, to, e);
                    } else {
                        remark(sb, column, lineWidth, Math.max(from, to), describe(e));
                    }
                }
                case ACCEPT -> remark(sb, column, lineWidth, to >= 0 ? to : from, describe(e));
                case RECEIVE -> {
                    if (e.transport() == Transport.TCP) {
                        remark(sb, column, lineWidth, to, describe(e));
                    }
                }
                case NOTE -> sb.append(style.dim(center("── " + e.label() + " ──", lineWidth))).append('\n');
            }
        }
        sb.append(rails(column, lineWidth)).append('\n');
        return sb.toString();
    }

    private String headings(List<InetSocketAddress> endpoints, Map<InetSocketAddress, String> roles, int[] column,
                            int lineWidth, boolean roleLine) {
        String[] line = blank(lineWidth + 20);
        boolean any = false;
        for (int i = 0; i < endpoints.size(); i++) {
            String text = roleLine ? roles.getOrDefault(endpoints.get(i), "") : name(endpoints.get(i));
            any |= !text.isEmpty();
            put(line, column[i] - DisplayWidth.of(text) / 2, text);
        }
        if (!any) {
            return "";
        }
        String s = text(line);
        return (roleLine ? style.bold(s) : s) + "\n";
    }

    private void arrow(StringBuilder sb, int[] column, int lineWidth, int from, int to, Exchange e) {
        int left = Math.min(column[from], column[to]);
        int right = Math.max(column[from], column[to]);
        String label = fit(describe(e), right - left - 2);
        String[] labelLine = railsChars(column, lineWidth);
        int labelAt = from < to ? left + 2 : right - 1 - DisplayWidth.of(label);
        put(labelLine, labelAt, label);
        sb.append(text(labelLine)).append('\n');
        String[] arrowLine = railsChars(column, lineWidth);
        for (int x = left + 1; x < right; x++) {
            arrowLine[x] = "-";
        }
        if (e.action() == Action.DROP) {
            int mid = (left + right) / 2;
            arrowLine[mid] = "x";
            for (int x = from < to ? mid + 1 : left + 1; x < (from < to ? right : mid); x++) {
                arrowLine[x] = " ";
            }
        } else if (from < to) {
            arrowLine[right - 1] = ">";
        } else {
            arrowLine[left + 1] = "<";
        }
        String text = text(arrowLine);
        sb.append(e.action() == Action.DROP ? style.fg(Style.Color.RED, text) : text).append('\n');
    }

    private void remark(StringBuilder sb, int[] column, int lineWidth, int at, String text) {
        String[] line = railsChars(column, lineWidth);
        if (at < 0) {
            sb.append(center(text, lineWidth)).append('\n');
            return;
        }
        boolean last = at == column.length - 1 && column.length > 1;
        int room = last ? column[at] - 2 - (column.length > 1 ? column[at - 1] + 1 : 0) : width - column[at] - 3;
        String fitted = fit(text, Math.max(10, room));
        int start = last ? column[at] - 2 - DisplayWidth.of(fitted) : column[at] + 2;
        put(line, Math.max(0, start), fitted);
        sb.append(style.dim(text(line))).append('\n');
    }

    /** The short label of an exchange: number, what, bytes. */
    public static String describe(Exchange e) {
        String what = switch (e.action()) {
            case CONNECT -> "connect()  SYN → SYN-ACK → ACK";
            case ACCEPT -> "accept() → new socket";
            case CLOSE -> e.label().startsWith("RST") ? "close()" : "close()  FIN";
            case RECEIVE -> (e.transport() == Transport.TCP ? "read " : "recvfrom ") + e.size() + " B";
            case DROP -> "lost: ";
            case SEND, NOTE -> "";
        };
        StringBuilder sb = new StringBuilder("#").append(e.sequence()).append(' ').append(what);
        if (e.action() == Action.SEND || e.action() == Action.DROP) {
            if (!e.label().isEmpty()) {
                sb.append(e.label()).append(' ');
            } else if (e.size() > 0) {
                sb.append(preview(e.payload())).append(' ');
            }
            sb.append(e.size()).append(" B");
        } else if (!e.label().isEmpty()) {
            sb.append(' ').append(e.label());
        }
        return sb.toString().strip();
    }

    /** The payload as quoted text when it is printable UTF-8, else its first bytes in hex. */
    public static String preview(byte[] payload) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(payload)).toString();
            if (text.codePoints().allMatch(c -> c >= 0x20 && c != 0x7f || c == '\n' || c == '\r' || c == '\t')) {
                String shown = text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
                return "\"" + (shown.length() > 24 ? shown.substring(0, 23) + "…" : shown) + "\"";
            }
        } catch (CharacterCodingException e) {
            // not text: fall through to hex
        }
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < Math.min(4, payload.length); i++) {
            hex.append(String.format("%02x", payload[i] & 0xff));
        }
        return hex + (payload.length > 4 ? "…" : "");
    }

    static String name(InetSocketAddress address) {
        return netlab.net.NetFailure.name(address);
    }

    private static String fit(String text, int room) {
        return DisplayWidth.fit(text, room);
    }

    private static String center(String text, int lineWidth) {
        int pad = Math.max(0, (lineWidth - DisplayWidth.of(text)) / 2);
        return " ".repeat(pad) + text;
    }

    private static String rails(int[] column, int lineWidth) {
        return text(railsChars(column, lineWidth));
    }

    private static String[] railsChars(int[] column, int lineWidth) {
        String[] line = blank(lineWidth + 60);
        for (int c : column) {
            line[c] = "|";
        }
        return line;
    }

    private static String[] blank(int n) {
        String[] line = new String[n];
        java.util.Arrays.fill(line, " ");
        return line;
    }

    /** Puts text at a column; a wide character fills two cells (the second left empty). */
    private static void put(String[] line, int at, String text) {
        int x = at;
        for (int i = 0; i < text.length() && x < line.length; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (x >= 0) {
                line[x] = new String(Character.toChars(cp));
            }
            x++;
            if (DisplayWidth.of(cp) == 2 && x < line.length) {
                if (x >= 0) {
                    line[x] = "";
                }
                x++;
            }
        }
    }

    private static String text(String[] line) {
        StringBuilder sb = new StringBuilder(line.length);
        for (String cell : line) {
            sb.append(cell);
        }
        return sb.toString().stripTrailing();
    }

    /** Lines of {@code text} for tests. */
    static List<String> lines(String text) {
        return new ArrayList<>(text.lines().toList());
    }
}
