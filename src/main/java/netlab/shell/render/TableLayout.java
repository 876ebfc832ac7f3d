package netlab.shell.render;

import java.util.ArrayList;
import java.util.List;
import netlab.shell.Style;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.Node;

/**
 * Lays out a GFM table in columns separated by {@code │}, the header underlined with {@code ─}.
 * When the table is wider than the terminal, the widest columns narrow and their cells wrap.
 */
final class TableLayout {
    private static final int MIN_COLUMN = 6;
    private final Style style;
    private final int columns;

    TableLayout(Style style, int columns) {
        this.style = style;
        this.columns = columns;
    }

    void render(TableBlock table, MarkdownRenderer markdown, List<String> out) {
        List<List<List<MarkdownRenderer.Run>>> rows = new ArrayList<>();
        int header = 0;
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                List<List<MarkdownRenderer.Run>> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    boolean head = section instanceof TableHead || (cell instanceof TableCell tc && tc.isHeader());
                    cells.add(markdown.inline(cell, head ? style::bold : s -> s));
                }
                rows.add(cells);
                if (section instanceof TableHead) {
                    header++;
                }
            }
        }
        int n = rows.stream().mapToInt(List::size).max().orElse(0);
        if (n == 0) {
            return;
        }
        int[] widths = new int[n];
        for (List<List<MarkdownRenderer.Run>> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], DisplayWidth.of(text(row.get(c))));
            }
        }
        int available = columns - 2 - 3 * (n - 1);
        while (sum(widths) > available) {
            int widest = 0;
            for (int c = 1; c < n; c++) {
                if (widths[c] > widths[widest]) {
                    widest = c;
                }
            }
            if (widths[widest] <= MIN_COLUMN) {
                stacked(rows, header, markdown, out);
                return;
            }
            widths[widest]--;
        }
        String bar = style.dim(" │ ");
        for (int r = 0; r < rows.size(); r++) {
            List<List<String>> wrapped = new ArrayList<>();
            int height = 1;
            for (int c = 0; c < n; c++) {
                List<MarkdownRenderer.Run> cell = c < rows.get(r).size() ? rows.get(r).get(c) : List.of();
                List<String> lines = cell.isEmpty() ? List.of("") : MarkdownRenderer.wrap(cell, widths[c]);
                wrapped.add(lines);
                height = Math.max(height, lines.size());
            }
            for (int k = 0; k < height; k++) {
                StringBuilder line = new StringBuilder("  ");
                for (int c = 0; c < n; c++) {
                    String cell = k < wrapped.get(c).size() ? wrapped.get(c).get(k) : "";
                    line.append(cell);
                    if (c < n - 1) {
                        line.append(" ".repeat(Math.max(0, widths[c] - DisplayWidth.of(Style.strip(cell))))).append(bar);
                    }
                }
                out.add(line.toString().stripTrailing());
            }
            if (r == header - 1) {
                StringBuilder rule = new StringBuilder("  ");
                for (int c = 0; c < n; c++) {
                    rule.append("─".repeat(widths[c] + (c == 0 || c == n - 1 ? 1 : 2))).append(c < n - 1 ? "┼" : "");
                }
                out.add(style.dim(rule.toString()));
            }
        }
    }

    /** Too narrow for columns: each row as "heading: value" lines, rows apart. */
    private void stacked(List<List<List<MarkdownRenderer.Run>>> rows, int header, MarkdownRenderer markdown, List<String> out) {
        List<List<MarkdownRenderer.Run>> heads = header > 0 ? rows.get(0) : List.of();
        for (int r = header; r < rows.size(); r++) {
            List<List<MarkdownRenderer.Run>> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                List<MarkdownRenderer.Run> runs = new ArrayList<>();
                if (c < heads.size()) {
                    runs.addAll(heads.get(c));
                    runs.add(new MarkdownRenderer.Run(": ", s -> s));
                }
                runs.addAll(row.get(c));
                List<String> lines = MarkdownRenderer.wrap(runs, columns - 4);
                for (int k = 0; k < lines.size(); k++) {
                    out.add((k == 0 && c == 0 ? "  • " : "    ") + lines.get(k));
                }
            }
        }
    }

    private static String text(List<MarkdownRenderer.Run> runs) {
        StringBuilder sb = new StringBuilder();
        runs.forEach(r -> sb.append(r.text()));
        return sb.toString();
    }

    private static int sum(int[] widths) {
        int s = 0;
        for (int w : widths) {
            s += w;
        }
        return s;
    }
}
