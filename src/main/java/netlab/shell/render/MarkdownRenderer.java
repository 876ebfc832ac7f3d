package netlab.shell.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import netlab.shell.Style;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Renders lesson Markdown (CommonMark with GFM tables) for the terminal: paragraphs wrapped to the
 * width (CJK text breaks between characters, counted two columns wide), headings, emphasis, code,
 * lists, block quotes, tables and code blocks. With colour off the same layout comes out as plain text.
 */
public final class MarkdownRenderer {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private final Style style;
    private final int width;

    public MarkdownRenderer(Style style, int width) {
        this.style = style;
        this.width = Math.max(20, width);
    }

    public List<String> render(String markdown) {
        List<String> out = new ArrayList<>();
        blocks(PARSER.parse(markdown), width, out);
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private void blocks(Node parent, int columns, List<String> out) {
        for (Node block = parent.getFirstChild(); block != null; block = block.getNext()) {
            block(block, columns, out);
            if (!(parent instanceof ListItem && block.getNext() == null)) {
                blank(out);
            }
        }
    }

    private static void blank(List<String> out) {
        if (!out.isEmpty() && !out.get(out.size() - 1).isEmpty()) {
            out.add("");
        }
    }

    private void block(Node block, int columns, List<String> out) {
        switch (block) {
            case Paragraph p -> out.addAll(wrap(inline(p, s -> s), columns));
            case Heading h -> out.addAll(wrap(inline(h, style::heading), columns));
            case BulletList list -> items(list, columns, out, false, 1);
            case OrderedList list -> items(list, columns, out, true, list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber());
            case BlockQuote quote -> {
                List<String> inner = new ArrayList<>();
                blocks(quote, columns - 2, inner);
                while (!inner.isEmpty() && inner.get(inner.size() - 1).isEmpty()) {
                    inner.remove(inner.size() - 1);
                }
                inner.forEach(l -> out.add(style.dim("│ ") + l));
            }
            case FencedCodeBlock code -> code(code.getLiteral(), columns, out);
            case IndentedCodeBlock code -> code(code.getLiteral(), columns, out);
            case TableBlock table -> new TableLayout(style, columns).render(table, this, out);
            case ThematicBreak ignored -> out.add(style.dim("─".repeat(Math.min(columns, 40))));
            case HtmlBlock html -> html.getLiteral().lines().forEach(out::add);
            default -> out.addAll(wrap(inline(block, s -> s), columns));
        }
    }

    private void items(Node list, int columns, List<String> out, boolean ordered, int start) {
        int n = start;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext(), n++) {
            String marker = ordered ? n + ". " : "• ";
            int indent = 2 + marker.length();
            List<String> inner = new ArrayList<>();
            blocks(item, columns - indent, inner);
            for (int i = 0; i < inner.size(); i++) {
                String prefix = i == 0 ? "  " + marker : " ".repeat(indent);
                out.add(inner.get(i).isEmpty() ? "" : prefix + inner.get(i));
            }
        }
    }

    private void code(String literal, int columns, List<String> out) {
        for (String line : literal.stripTrailing().split("\n", -1)) {
            out.add("    " + style.fg(Style.Color.CYAN, DisplayWidth.fit(line, columns - 4)));
        }
    }

    /** One run of text with the style it is shown in. */
    record Run(String text, UnaryOperator<String> look) {
    }

    List<Run> inline(Node node, UnaryOperator<String> look) {
        List<Run> runs = new ArrayList<>();
        inlines(node, look, runs);
        return runs;
    }

    private void inlines(Node parent, UnaryOperator<String> look, List<Run> runs) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            switch (n) {
                case Text t -> runs.add(new Run(t.getLiteral(), look));
                case Code c -> runs.add(new Run(c.getLiteral(), s -> style.fg(Style.Color.CYAN, look.apply(s))));
                case Emphasis e -> inlines(e, s -> style.underline(look.apply(s)), runs);
                case StrongEmphasis e -> inlines(e, s -> style.bold(look.apply(s)), runs);
                case SoftLineBreak ignored -> runs.add(new Run(" ", look));
                case HardLineBreak ignored -> runs.add(new Run("\n", look));
                case Link link -> {
                    inlines(link, s -> style.underline(look.apply(s)), runs);
                    String text = plain(link);
                    if (!link.getDestination().equals(text) && !link.getDestination().isBlank()) {
                        runs.add(new Run(" (" + link.getDestination() + ")", s -> style.dim(s)));
                    }
                }
                case Image image -> runs.add(new Run("[" + plain(image) + "]", look));
                case HtmlInline html -> runs.add(new Run(html.getLiteral(), look));
                default -> inlines(n, look, runs);
            }
        }
    }

    static String plain(Node node) {
        StringBuilder sb = new StringBuilder();
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (n instanceof Code c) {
                sb.append(c.getLiteral());
            } else if (n instanceof SoftLineBreak) {
                sb.append(' ');
            } else {
                sb.append(plain(n));
            }
        }
        return sb.toString();
    }

    /**
     * Breaks runs into lines of at most {@code columns}: at spaces, and between two wide (CJK)
     * characters; a word longer than a line is cut.
     */
    static List<String> wrap(List<Run> runs, int columns) {
        List<List<Run>> lines = new ArrayList<>();
        List<Run> line = new ArrayList<>();
        int used = 0;
        List<Run> word = new ArrayList<>();
        int wordWidth = 0;
        Run pendingSpace = null;
        List<Run> units = new ArrayList<>();
        for (Run run : runs) {
            String text = run.text();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                units.add(new Run(new String(Character.toChars(cp)), run.look()));
            }
        }
        units.add(new Run("\n", s -> s));
        for (Run unit : units) {
            String c = unit.text();
            boolean space = c.equals(" ") || c.equals("\t");
            boolean newline = c.equals("\n");
            boolean wide = DisplayWidth.of(c) == 2;
            if (!space && !newline && !wide) {
                word.add(unit);
                wordWidth += DisplayWidth.of(c);
                continue;
            }
            if (wide) {
                word.add(unit);
                wordWidth += 2;
            }
            if (wordWidth > 0) {
                int needed = wordWidth + (pendingSpace != null && used > 0 ? 1 : 0);
                if (used > 0 && used + needed > columns) {
                    lines.add(line);
                    line = new ArrayList<>();
                    used = 0;
                } else if (pendingSpace != null && used > 0) {
                    line.add(new Run(" ", pendingSpace.look()));
                    used++;
                }
                for (Run w : word) {
                    if (used + DisplayWidth.of(w.text()) > columns) {
                        lines.add(line);
                        line = new ArrayList<>();
                        used = 0;
                    }
                    line.add(w);
                    used += DisplayWidth.of(w.text());
                }
                word.clear();
                wordWidth = 0;
                pendingSpace = null;
            }
            if (space) {
                pendingSpace = unit;
            }
            if (newline) {
                lines.add(line);
                line = new ArrayList<>();
                used = 0;
                pendingSpace = null;
            }
        }
        while (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines.stream().map(MarkdownRenderer::styled).toList();
    }

    /** One line of single characters, each look applied once to its longest stretch. */
    private static String styled(List<Run> line) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < line.size()) {
            UnaryOperator<String> look = line.get(i).look();
            StringBuilder text = new StringBuilder();
            while (i < line.size() && line.get(i).look() == look) {
                text.append(line.get(i).text());
                i++;
            }
            out.append(look.apply(text.toString()));
        }
        return out.toString();
    }
}
