package netlab.core.lesson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the learner has done: per lesson the furthest page read and each exercise's outcome, where
 * they are now, and quiz scores. Stored outside the content (by lesson number and exercise id),
 * so a teacher's edit to a lesson keeps the learner's progress.
 */
public final class Progress {
    /** How an exercise ended. */
    public enum Outcome { RIGHT, SKIPPED }

    /** Where the learner is: lesson and page, 1-based. */
    public record Position(int lesson, int page) {
        public String tag() {
            return lesson + "." + page;
        }
    }

    /** One quiz played to the end. */
    public record QuizScore(String topic, long seed, int count, int right, String at) {
    }

    /** Whether a lesson is done, started or untouched. */
    public enum Status {
        DONE("done"), IN_PROGRESS("in progress"), NOT_STARTED("not started");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final Map<Integer, Integer> furthestPage = new TreeMap<>();
    private final Map<Integer, Map<String, Outcome>> outcomes = new TreeMap<>();
    private final List<QuizScore> quizzes = new ArrayList<>();
    private Position current;

    public Optional<Position> current() {
        return Optional.ofNullable(current);
    }

    /** The learner opened {@code page} of {@code lesson}. */
    public void visit(int lesson, int page) {
        current = new Position(lesson, page);
        furthestPage.merge(lesson, page, Math::max);
    }

    public int furthestPage(int lesson) {
        return furthestPage.getOrDefault(lesson, 0);
    }

    public Optional<Outcome> outcome(int lesson, String exerciseId) {
        return Optional.ofNullable(outcomes.getOrDefault(lesson, Map.of()).get(exerciseId));
    }

    public void record(int lesson, String exerciseId, Outcome outcome) {
        outcomes.computeIfAbsent(lesson, k -> new TreeMap<>()).merge(exerciseId, outcome,
                (old, now) -> old == Outcome.RIGHT ? old : now);
    }

    public void addQuiz(QuizScore score) {
        quizzes.add(score);
    }

    public void clearQuizzes() {
        quizzes.clear();
    }

    public List<QuizScore> quizzes() {
        return List.copyOf(quizzes);
    }

    /**
     * Takes in what another session saved meanwhile (two labs open at once, as the two-terminal
     * demos have it): furthest pages and right answers are kept from both, quiz scores joined.
     * Where this session is now stays as it is; lessons in {@code forgotten} (reset here) are not
     * brought back.
     */
    public void absorb(Progress other, java.util.Set<Integer> forgotten) {
        other.furthestPage.forEach((lesson, page) -> {
            if (!forgotten.contains(lesson)) {
                furthestPage.merge(lesson, page, Math::max);
            }
        });
        other.outcomes.forEach((lesson, map) -> {
            if (!forgotten.contains(lesson)) {
                map.forEach((id, outcome) -> record(lesson, id, outcome));
            }
        });
        if (!forgotten.contains(0)) {
            for (QuizScore q : other.quizzes) {
                if (!quizzes.contains(q)) {
                    quizzes.add(q);
                }
            }
        }
        if (current == null && other.current != null && !forgotten.contains(other.current.lesson())) {
            current = other.current;
        }
    }

    /** Forgets one lesson (its pages and exercises). */
    public void reset(int lesson) {
        furthestPage.remove(lesson);
        outcomes.remove(lesson);
        if (current != null && current.lesson() == lesson) {
            current = null;
        }
    }

    public Status status(Lesson lesson) {
        int furthest = furthestPage(lesson.number());
        if (furthest == 0 && !outcomes.containsKey(lesson.number())) {
            return Status.NOT_STARTED;
        }
        boolean allAnswered = lesson.exercises().stream().allMatch(e -> outcome(lesson.number(), e.id()).isPresent());
        return furthest >= lesson.pages().size() && allAnswered ? Status.DONE : Status.IN_PROGRESS;
    }

    /** The JSON shape: {@code {"version":1,"current":{…},"lessons":{"4":{"page":2,"exercises":{"id":"right"}}},"quizzes":[…]}}. */
    public Map<String, Object> toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", 1);
        Map<String, Object> position = new LinkedHashMap<>();
        if (current != null) {
            position.put("lesson", current.lesson());
            position.put("page", current.page());
        }
        root.put("current", current == null ? null : position);
        Map<String, Object> lessons = new LinkedHashMap<>();
        java.util.SortedSet<Integer> numbers = new java.util.TreeSet<>(furthestPage.keySet());
        numbers.addAll(outcomes.keySet());
        for (int n : numbers) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("page", furthestPage(n));
            Map<String, Object> ex = new LinkedHashMap<>();
            outcomes.getOrDefault(n, Map.of()).forEach((id, o) -> ex.put(id, o.name().toLowerCase(java.util.Locale.ROOT)));
            l.put("exercises", ex);
            lessons.put(Integer.toString(n), l);
        }
        root.put("lessons", lessons);
        List<Object> q = new ArrayList<>();
        for (QuizScore s : quizzes) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("topic", s.topic());
            m.put("seed", s.seed());
            m.put("count", s.count());
            m.put("right", s.right());
            m.put("at", s.at());
            q.add(m);
        }
        root.put("quizzes", q);
        return root;
    }

    /** Reads {@link #toJson()}'s shape; anything else is an {@link IllegalArgumentException} saying what. */
    public static Progress fromJson(Map<String, Object> root) {
        Progress p = new Progress();
        if (!Integer.valueOf(1).equals(number(root.get("version"), "version"))) {
            throw new IllegalArgumentException("unknown version " + root.get("version"));
        }
        if (root.get("current") instanceof Map<?, ?> c) {
            p.current = new Position(number(c.get("lesson"), "current.lesson"), number(c.get("page"), "current.page"));
        } else if (root.get("current") != null) {
            throw new IllegalArgumentException("\"current\" is not an object");
        }
        if (!(root.get("lessons") instanceof Map<?, ?> lessons)) {
            throw new IllegalArgumentException("\"lessons\" is missing");
        }
        for (var e : lessons.entrySet()) {
            int n = Integer.parseInt(String.valueOf(e.getKey()));
            if (!(e.getValue() instanceof Map<?, ?> l) || !(l.get("exercises") instanceof Map<?, ?> ex)) {
                throw new IllegalArgumentException("lesson " + n + " is not {\"page\":…, \"exercises\":{…}}");
            }
            int page = number(l.get("page"), "page");
            if (page > 0) {
                p.furthestPage.put(n, page);
            }
            for (var x : ex.entrySet()) {
                p.record(n, String.valueOf(x.getKey()), Outcome.valueOf(String.valueOf(x.getValue()).toUpperCase(java.util.Locale.ROOT)));
            }
        }
        if (root.get("quizzes") instanceof List<?> q) {
            for (Object o : q) {
                if (!(o instanceof Map<?, ?> m)) {
                    throw new IllegalArgumentException("a quiz score is not an object");
                }
                p.quizzes.add(new QuizScore(String.valueOf(m.get("topic")), ((Number) m.get("seed")).longValue(),
                        number(m.get("count"), "count"), number(m.get("right"), "right"), String.valueOf(m.get("at"))));
            }
        }
        return p;
    }

    private static int number(Object value, String name) {
        if (!(value instanceof Number n)) {
            throw new IllegalArgumentException("\"" + name + "\" is not a number");
        }
        return n.intValue();
    }
}
