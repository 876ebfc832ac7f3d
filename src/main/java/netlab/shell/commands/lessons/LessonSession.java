package netlab.shell.commands.lessons;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import netlab.core.lesson.Exercise;
import netlab.core.lesson.Lesson;
import netlab.core.lesson.LessonCatalog;
import netlab.core.lesson.Page;
import netlab.core.lesson.Progress;
import netlab.core.lesson.ProgressStore;
import netlab.shell.CommandFailedException;
import netlab.shell.Lab;

/**
 * The learner's place in the course for one session: the catalogue (packaged, or the folder given
 * with {@code --lessons DIR}), the open lesson and page, wrong answers per exercise, and the
 * saved {@link Progress}. Every change of position or outcome is saved at once.
 */
final class LessonSession {
    private final Lab lab;
    private final ProgressStore store;
    private LessonCatalog catalog;
    private Progress progress;
    private Lesson lesson;
    private int page;
    private final Map<String, Integer> wrong = new HashMap<>();
    private final java.util.Set<Integer> forgotten = new java.util.HashSet<>();

    private LessonSession(Lab lab) {
        this.lab = lab;
        this.store = new ProgressStore(lab.stateDir());
    }

    static LessonSession of(Lab lab) {
        return lab.service(LessonSession.class, () -> new LessonSession(lab));
    }

    LessonCatalog catalog() {
        if (catalog == null) {
            catalog = lab.options().lessonsDir().map(LessonCatalog::load).orElseGet(LessonCatalog::packaged);
        }
        return catalog;
    }

    Progress progress() {
        if (progress == null) {
            try {
                ProgressStore.Loaded loaded = store.load();
                loaded.warning().ifPresent(lab.console()::warn);
                progress = loaded.progress();
            } catch (IOException e) {
                throw new CommandFailedException("cannot read the progress file " + store.file() + ": " + e.getMessage());
            }
        }
        return progress;
    }

    void save() {
        try {
            store.merge(progress(), forgotten);
        } catch (IOException e) {
            lab.console().warn("progress not saved: cannot write " + store.file() + " (" + e.getMessage() + ")");
        }
    }

    Lesson lesson(int number) {
        return catalog().find(number).orElseThrow(() -> new netlab.core.InvalidInputException("no lesson " + number
                + " (lessons are 1–" + catalog().lessons().size() + "; \"lessons\" lists them)"));
    }

    /** The open lesson, else the one saved as current (continuing a previous session). */
    Optional<Lesson> current() {
        if (lesson == null) {
            progress().current().flatMap(p -> catalog().find(p.lesson())).ifPresent(l -> {
                lesson = l;
                page = Math.min(Math.max(1, progress().current().orElseThrow().page()), l.pages().size());
                lab.setPromptTag(l.number() + "." + page);
            });
        }
        return Optional.ofNullable(lesson);
    }

    Lesson requireLesson() {
        return current().orElseThrow(() -> new CommandFailedException(
                "no lesson is open; type \"lessons\" to see them and \"lesson 1\" to start"));
    }

    int page() {
        return page;
    }

    Page currentPage() {
        return requireLesson().pages().get(page - 1);
    }

    void open(Lesson l, int p) {
        if (p < 1 || p > l.pages().size()) {
            throw new netlab.core.InvalidInputException("lesson " + l.number() + " has pages 1–" + l.pages().size()
                    + ", not " + p);
        }
        lesson = l;
        page = p;
        progress().visit(l.number(), p);
        lab.setPromptTag(l.number() + "." + p);
        save();
    }

    /** The first exercise of the current page not yet answered or skipped. */
    Optional<Exercise> openExercise() {
        Lesson l = requireLesson();
        return currentPage().exercises().stream().filter(e -> progress().outcome(l.number(), e.id()).isEmpty()).findFirst();
    }

    /** Pages of the open lesson (1-based) that still have unanswered exercises. */
    List<Integer> pagesWithOpenExercises() {
        Lesson l = requireLesson();
        List<Integer> pages = new java.util.ArrayList<>();
        for (int i = 0; i < l.pages().size(); i++) {
            if (l.pages().get(i).exercises().stream().anyMatch(e -> progress().outcome(l.number(), e.id()).isEmpty())) {
                pages.add(i + 1);
            }
        }
        return pages;
    }

    int wrongAnswer(Exercise e) {
        return wrong.merge(requireLesson().number() + "/" + e.id(), 1, Integer::sum);
    }

    void record(Exercise e, Progress.Outcome outcome) {
        progress().record(requireLesson().number(), e.id(), outcome);
        save();
    }

    /** After {@code progress reset}: forget the open position if it was reset. */
    void forget(Optional<Integer> number) {
        if (number.isPresent()) {
            forgotten.add(number.get());
        } else {
            catalog().lessons().forEach(l -> forgotten.add(l.number()));
            forgotten.add(0);
        }
        if (lesson != null && (number.isEmpty() || number.get() == lesson.number())) {
            lesson = null;
            page = 0;
            lab.setPromptTag("");
        }
        wrong.clear();
    }
}
