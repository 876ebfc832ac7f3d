package netlab.core.lesson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one lesson file (format: {@code lessons/README.md}): {@code # Title}, a summary, then one
 * page per {@code ## } heading; fenced {@code lab} blocks are "try it" commands and fenced
 * {@code exercise} blocks are {@code key: value} lines. Any departure from the format is a
 * {@link LessonFormatException} naming the file, the line and what would be right.
 */
public final class LessonParser {
    /** {@code 04-masks-and-cidr.md}. */
    public static final Pattern FILE_NAME = Pattern.compile("(\\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\\.md");
    private static final Pattern FENCE = Pattern.compile("^(`{3,}|~{3,})\\s*([^`\\s]*).*$");
    private static final Pattern KEY = Pattern.compile("^([a-z]+):\\s?(.*)$");
    private static final Set<String> KEYS = Set.of("id", "kind", "question", "answer", "choices", "hint", "explain", "topic", "seed");
    private static final Pattern CHOICE = Pattern.compile("^([a-z])\\)\\s+\\S.*");

    private final String file;
    private final List<String> lines;

    private LessonParser(String file, String text) {
        this.file = file;
        this.lines = text.replace("\r\n", "\n").lines().toList();
    }

    /** Parses the text of the file named {@code fileName} (only the name is used, for the number and slug). */
    public static Lesson parse(String fileName, String text) {
        Matcher name = FILE_NAME.matcher(fileName);
        if (!name.matches()) {
            throw new LessonFormatException("lesson file name " + netlab.core.InvalidInputException.quote(fileName)
                    + " is not NN-slug.md (e.g. 04-masks-and-cidr.md)");
        }
        int number = Integer.parseInt(name.group(1));
        if (number == 0) {
            throw new LessonFormatException(fileName + ": lessons are numbered from 01");
        }
        return new LessonParser(fileName, text).lesson(number, name.group(2));
    }

    private Lesson lesson(int number, String slug) {
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        if (i == lines.size() || !lines.get(i).startsWith("# ") || lines.get(i).substring(2).isBlank()) {
            throw error(i, "the file must start with the lesson's title: \"# Title\"");
        }
        String title = lines.get(i).substring(2).strip();
        i++;
        StringBuilder summary = new StringBuilder();
        for (; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            if (lines.get(i).startsWith("```") || lines.get(i).startsWith("# ")) {
                throw error(i, "only text goes between the title and the first \"## \" page heading");
            }
            summary.append(lines.get(i)).append('\n');
        }
        List<Page> pages = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        while (i < lines.size()) {
            int start = i;
            String pageTitle = lines.get(i).substring(3).strip();
            if (pageTitle.isEmpty()) {
                throw error(i, "a page heading needs a title after \"## \"");
            }
            i++;
            List<Part> parts = new ArrayList<>();
            StringBuilder prose = new StringBuilder();
            while (i < lines.size() && !lines.get(i).startsWith("## ")) {
                String line = lines.get(i);
                Matcher fence = FENCE.matcher(line);
                if (line.startsWith("# ")) {
                    throw error(i, "only one \"# \" title per lesson; pages start with \"## \"");
                }
                if (!fence.matches()) {
                    prose.append(line).append('\n');
                    i++;
                    continue;
                }
                int end = closing(i, fence.group(1));
                String info = fence.group(2);
                List<String> body = lines.subList(i + 1, end);
                if (info.equals("lab") || info.equals("exercise")) {
                    flush(prose, parts);
                    if (info.equals("lab")) {
                        List<String> commands = body.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
                        if (commands.isEmpty()) {
                            throw error(i, "an empty lab block; put one command per line");
                        }
                        parts.add(new Part.TryIt(commands));
                    } else {
                        Exercise exercise = exercise(i, body);
                        if (!ids.add(exercise.id())) {
                            throw error(i, "exercise id \"" + exercise.id() + "\" is used twice; ids are unique in a lesson");
                        }
                        parts.add(exercise);
                    }
                } else {
                    for (int k = i; k <= end && k < lines.size(); k++) {
                        prose.append(lines.get(k)).append('\n');
                    }
                }
                i = end + 1;
            }
            flush(prose, parts);
            if (parts.isEmpty()) {
                throw error(start, "page \"" + pageTitle + "\" is empty");
            }
            pages.add(new Page(pageTitle, parts));
        }
        if (pages.isEmpty()) {
            throw error(lines.size(), "a lesson needs at least one page (a \"## \" heading)");
        }
        return new Lesson(number, slug, title, summary.toString().strip(), pages);
    }

    private static void flush(StringBuilder prose, List<Part> parts) {
        if (!prose.toString().isBlank()) {
            parts.add(new Part.Prose(prose.toString().strip()));
        }
        prose.setLength(0);
    }

    private int closing(int open, String marker) {
        char c = marker.charAt(0);
        for (int k = open + 1; k < lines.size(); k++) {
            String s = lines.get(k).strip();
            if (s.length() >= marker.length() && s.chars().allMatch(ch -> ch == c)) {
                return k;
            }
        }
        throw error(open, "this code block is never closed (end it with " + marker + ")");
    }

    private Exercise exercise(int at, List<String> body) {
        Map<String, StringBuilder> values = new LinkedHashMap<>();
        List<String> choices = new ArrayList<>();
        String last = null;
        for (int k = 0; k < body.size(); k++) {
            String line = body.get(k);
            int lineIndex = at + 1 + k;
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("  ") && last != null) {
                String more = line.strip();
                if (last.equals("choices")) {
                    if (!CHOICE.matcher(more).matches()) {
                        throw error(lineIndex, "a choice is \"a) text\", got " + netlab.core.InvalidInputException.quote(more));
                    }
                    choices.add(more);
                } else {
                    StringBuilder v = values.get(last);
                    v.append(v.isEmpty() ? "" : " ").append(more);
                }
                continue;
            }
            Matcher key = KEY.matcher(line);
            if (!key.matches() || !KEYS.contains(key.group(1))) {
                throw error(lineIndex, "expected \"key: value\" with a key among " + String.join(", ", KEYS.stream().sorted().toList())
                        + ", got " + netlab.core.InvalidInputException.quote(line));
            }
            last = key.group(1);
            if (values.containsKey(last)) {
                throw error(lineIndex, "key \"" + last + "\" is given twice");
            }
            values.put(last, new StringBuilder(key.group(2).strip()));
        }
        String id = required(values, "id", at);
        String kind = required(values, "kind", at);
        String question = required(values, "question", at);
        String hint = required(values, "hint", at);
        String topic = value(values, "topic");
        String answer = value(values, "answer");
        if (AnswerKinds.find(kind).isEmpty()) {
            throw error(at, "exercise " + id + ": unknown kind \"" + kind + "\" (known: " + AnswerKinds.names() + ")");
        }
        long seed = 0;
        if (topic != null) {
            String s = required(values, "seed", at);
            if (!s.matches("-?\\d{1,18}")) {
                throw error(at, "exercise " + id + ": seed must be a whole number, got \"" + s + "\"");
            }
            seed = Long.parseLong(s);
        } else if (answer == null) {
            throw error(at, "exercise " + id + " needs \"answer:\" (or \"topic:\" and \"seed:\" for a generated one)");
        }
        if (kind.equals(ChoiceAnswer.NAME) && topic == null && choices.size() < 2) {
            throw error(at, "exercise " + id + ": a choice exercise lists at least two choices under \"choices:\", one per indented line");
        }
        String explain = value(values, "explain");
        Exercise exercise = new Exercise(id, kind, question, answer, choices, hint, explain == null ? "" : explain, topic, seed, at + 1);
        Question q;
        try {
            q = exercise.toQuestion();
        } catch (LessonFormatException e) {
            throw error(at, e.getMessage());
        }
        if (!q.kind().equals(kind)) {
            throw error(at, "exercise " + id + ": topic " + topic + " asks " + q.kind() + " questions, not " + kind);
        }
        boolean accepted;
        try {
            accepted = AnswerKinds.find(kind).orElseThrow().check(q.expected(), answerAsGiven(exercise, q)).correct();
        } catch (IllegalArgumentException e) {
            throw error(at, "exercise " + id + ": the answer is not a valid " + kind + " (" + e.getMessage() + ")");
        }
        if (!accepted) {
            throw error(at, "exercise " + id + ": its own answer is not accepted by kind " + kind);
        }
        return exercise;
    }

    /** What a learner would type for the right answer (for a choice, the letter). */
    private static String answerAsGiven(Exercise exercise, Question q) {
        String answer = exercise.generated() ? q.expected().lines().findFirst().orElse("") : exercise.answer();
        return answer.split(" \\| ")[0];
    }

    private String required(Map<String, StringBuilder> values, String key, int at) {
        String v = value(values, key);
        if (v == null || v.isBlank()) {
            String id = value(values, "id");
            throw error(at, (id == null ? "an exercise" : "exercise " + id) + " needs \"" + key + ":\"");
        }
        return v;
    }

    private static String value(Map<String, StringBuilder> values, String key) {
        StringBuilder v = values.get(key);
        return v == null ? null : v.toString().strip();
    }

    private LessonFormatException error(int lineIndex, String why) {
        return new LessonFormatException(file + ":" + (lineIndex + 1) + ": " + why);
    }
}
