package netlab.shell.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import netlab.shell.Style;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
    static List<String> plain(String md, int width) {
        return new MarkdownRenderer(new Style(false), width).render(md);
    }

    @Test
    void paragraphsWrapAtTheWidthAndKeepEveryWord() {
        String text = "A port names one program on a host: the kernel hands each arriving segment to the socket bound to its port.";
        List<String> lines = plain(text, 30);
        assertThat(lines).allSatisfy(l -> assertThat(DisplayWidth.of(l)).isLessThanOrEqualTo(30));
        assertThat(String.join(" ", lines)).isEqualTo(text);
    }

    @Test
    void chineseTextBreaksBetweenCharactersAndCountsTwoColumnsEach() {
        String text = "端口表示计算机上的一个程序的进程，不同的进程有不同的端口号，用来区分软件。";
        List<String> lines = plain(text, 20);
        assertThat(lines).hasSizeGreaterThan(1).allSatisfy(l -> assertThat(DisplayWidth.of(l)).isLessThanOrEqualTo(20));
        assertThat(String.join("", lines)).isEqualTo(text);
    }

    @Test
    void plainTextHasNoEscapesAndColourHasThem() {
        String md = "Use **strong**, *emphasis* and `code`.\n\n- one\n- two\n\n> a quote\n";
        List<String> plain = plain(md, 80);
        assertThat(String.join("\n", plain)).doesNotContain("\u001b").contains("Use strong, emphasis and code.")
                .contains("  • one").contains("│ a quote");
        List<String> colour = new MarkdownRenderer(new Style(true), 80).render(md);
        assertThat(colour.get(0)).contains("\u001b[1mstrong\u001b[0m");
        assertThat(Style.strip(colour.get(0))).isEqualTo(plain.get(0));
    }

    @Test
    void tablesLineUpAndNarrowToFit() {
        String md = "| service | port | what |\n|---|---|---|\n| HTTP | 80 | the web, hypertext documents and everything else people fetch |\n| 我爱你 | 1 | x |\n";
        List<String> wide = plain(md, 100);
        assertThat(wide.get(0)).isEqualTo("  service │ port │ what");
        assertThat(wide.get(1)).startsWith("  ────────┼──────┼──");
        for (String row : wide.subList(2, wide.size())) {
            assertThat(DisplayWidth.of(row.substring(0, row.indexOf('│')))).as(row).isEqualTo(10);
        }
        List<String> narrow = plain(md, 40);
        assertThat(narrow).allSatisfy(l -> assertThat(DisplayWidth.of(l)).isLessThanOrEqualTo(40));
        assertThat(String.join(" ", narrow)).contains("the web,").contains("people");
    }
}
