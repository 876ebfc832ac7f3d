package netlab.core.lesson;

import java.util.List;

/**
 * One lesson of the course, read from {@code lessons/NN-slug.md}: its number and slug come from
 * the file name, everything else from the file (see {@code lessons/README.md}).
 *
 * @param number  the lesson's number (01 → 1)
 * @param slug    the file name's words after the number ({@code ipv4-addresses})
 * @param title   the {@code # } heading
 * @param summary the sentences between the title and the first page, in Markdown
 * @param pages   the pages, one per {@code ## } heading, at least one
 */
public record Lesson(int number, String slug, String title, String summary, List<Page> pages) {
    public Lesson {
        pages = List.copyOf(pages);
    }

    /** {@code NN-slug}, the base name of the lesson file and of its transcript. */
    public String baseName() {
        return String.format("%02d-%s", number, slug);
    }

    /** Every exercise of the lesson, in page order. */
    public List<Exercise> exercises() {
        return pages.stream().flatMap(p -> p.exercises().stream()).toList();
    }

    /** The page (1-based) that holds the exercise {@code id}, or 0. */
    public int pageOf(String exerciseId) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).exercises().stream().anyMatch(e -> e.id().equals(exerciseId))) {
                return i + 1;
            }
        }
        return 0;
    }
}
