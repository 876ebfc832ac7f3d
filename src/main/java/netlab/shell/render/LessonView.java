package netlab.shell.render;

import java.util.ArrayList;
import java.util.List;
import netlab.core.lesson.Exercise;
import netlab.core.lesson.Lesson;
import netlab.core.lesson.Page;
import netlab.core.lesson.Part;
import netlab.core.lesson.Progress;
import netlab.core.lesson.Question;
import netlab.shell.Style;

/**
 * One lesson page for the terminal: a header with the lesson and page number, the Markdown, the
 * "try it" commands highlighted so the learner sees what to type, and the page's exercises with
 * how to answer them (or that they are done).
 */
public final class LessonView {
    private final Style style;
    private final int width;
    private final MarkdownRenderer markdown;

    public LessonView(Style style, int width) {
        this.style = style;
        this.width = Math.max(20, width);
        this.markdown = new MarkdownRenderer(style, this.width);
    }

    public List<String> page(Lesson lesson, int number, Progress progress) {
        Page page = lesson.pages().get(number - 1);
        List<String> out = new ArrayList<>();
        out.addAll(wrap(new MarkdownRenderer.Run("Lesson " + lesson.number() + " · " + lesson.title(), style::bold),
                new MarkdownRenderer.Run(" — page " + number + " of " + lesson.pages().size(), style::dim)));
        if (number == 1 && !lesson.summary().isBlank()) {
            out.addAll(markdown.render(lesson.summary()));
        }
        out.add("");
        out.addAll(wrap(new MarkdownRenderer.Run(page.title(), style::heading)));
        out.add(style.dim("─".repeat(Math.min(width, DisplayWidth.of(page.title())))));
        for (Part part : page.parts()) {
            switch (part) {
                case Part.Prose prose -> out.addAll(markdown.render(prose.markdown()));
                case Part.TryIt tryIt -> tryIt(tryIt.commands(), out);
                case Exercise exercise -> exercise(lesson, exercise, progress, out);
            }
            out.add("");
        }
        out.addAll(wrap(new MarkdownRenderer.Run(footer(lesson, number), style::dim)));
        return out;
    }

    private void tryIt(List<String> commands, List<String> out) {
        for (int i = 0; i < commands.size(); i++) {
            String label = i == 0 ? "  try it ▸ " : "           ";
            out.add(style.fg(Style.Color.GREEN, label) + style.command(DisplayWidth.fit(commands.get(i), width - 11)));
        }
    }

    private void exercise(Lesson lesson, Exercise exercise, Progress progress, List<String> out) {
        int index = lesson.exercises().indexOf(exercise) + 1;
        Question q = exercise.toQuestion();
        out.addAll(wrap(new MarkdownRenderer.Run("Exercise " + index + " of " + lesson.exercises().size(), style::bold),
                new MarkdownRenderer.Run(" (" + exercise.id() + ")", style::dim)));
        out.addAll(question(q));
        String status = progress.outcome(lesson.number(), exercise.id())
                .map(o -> o == Progress.Outcome.RIGHT ? style.ok("✓ answered") : style.dim("– skipped"))
                .orElse(style.dim("answer with: ") + style.command("answer VALUE") + style.dim(" · ") + style.command("hint")
                        + style.dim(" · ") + style.command("skip"));
        out.add(status);
    }

    private List<String> wrap(MarkdownRenderer.Run... runs) {
        return MarkdownRenderer.wrap(List.of(runs), width);
    }

    /** A question's prompt wrapped to the width; choice lines ({@code a) …}) indented. */
    public List<String> question(Question q) {
        List<String> out = new ArrayList<>();
        for (String line : q.prompt().lines().toList()) {
            if (!line.matches("[a-z]\\) .*")) {
                out.addAll(markdown.render(line));
                continue;
            }
            List<String> wrapped = MarkdownRenderer.wrap(List.of(new MarkdownRenderer.Run(line.substring(3), s -> s)), width - 7);
            for (int i = 0; i < wrapped.size(); i++) {
                out.add((i == 0 ? "  " + line.substring(0, 3) : "     ") + wrapped.get(i));
            }
        }
        return out;
    }

    private static String footer(Lesson lesson, int number) {
        int pages = lesson.pages().size();
        String nav = number < pages ? "next: page " + (number + 1) + " · prev · page N" : "last page · next: the next lesson · prev · page N";
        return nav + (lesson.pages().get(number - 1).tryIt().isEmpty() ? "" : " · run: the try-it command");
    }
}
