package netlab.core.transcript;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An example session: {@code lab> COMMAND} lines, each followed by the output it must print
 * (colour off), with answers to questions on {@code > ANSWER} lines. Volatile values are written
 * as placeholders (see {@code transcripts/README.md}):
 *
 * <ul>
 *   <li>{@code {{port}}}, {@code {{n}}}, {@code {{time}}}, {@code {{hex}}}, {@code {{text}}}: a value of that kind;</li>
 *   <li>{@code {{port:server}}}: a labelled value; every place with the same label must show the same value;</li>
 *   <li>a line that is only {@code {{...}}}: any number of lines (none included).</li>
 * </ul>
 */
public final class Transcript {
    static final Map<String, String> KINDS = Map.of(
            "port", "[0-9]{1,5}",
            "n", "-?[0-9][0-9,]*",
            "num", "-?[0-9][0-9,]*(?:\\.[0-9]+)?",
            "time", "[0-9]+(?:\\.[0-9]+)?\\s?(?:ns|µs|us|ms|s|min)",
            "hex", "(?:0x)?[0-9a-fA-F]+",
            "text", ".*?",
            "rate", "[0-9]+(?:\\.[0-9]+)?\\s?(?:B|KB|MB|GB|KiB|MiB|GiB)/s");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z]+)(?::([A-Za-z0-9_-]+))?}}");
    private static final String ANY_LINES = "{{...}}";

    private final List<String> lines;

    private Transcript(List<String> lines) {
        this.lines = List.copyOf(lines);
    }

    public static Transcript parse(String text) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        for (String line : lines) {
            Matcher m = PLACEHOLDER.matcher(line);
            while (m.find()) {
                if (!KINDS.containsKey(m.group(1))) {
                    throw new IllegalArgumentException("unknown placeholder {{" + m.group(1) + "}} in line "
                            + netlab.core.InvalidInputException.quote(line) + " (known: " + String.join(", ", KINDS.keySet()) + ", ...)");
                }
            }
        }
        return new Transcript(lines);
    }

    /** The input a replay feeds the lab: the command lines and the answer lines, in order. */
    public String input() {
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith("lab> ") || line.startsWith("> ")) {
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }

    /** The commands of the transcript, without their output. */
    public List<String> commands() {
        return lines.stream().filter(l -> l.startsWith("lab> ")).map(l -> l.substring(5)).toList();
    }

    /**
     * Compares what a replay printed with the transcript; empty when they agree, else a readable
     * report of the first difference with the lines around it.
     */
    public Optional<String> mismatch(String actualText) {
        List<String> actual = actualText.lines().toList();
        Map<String, String> bound = new HashMap<>();
        int a = 0;
        for (int e = 0; e < lines.size(); e++) {
            String expected = lines.get(e);
            if (expected.equals(ANY_LINES)) {
                if (e + 1 == lines.size()) {
                    return Optional.empty();
                }
                String next = lines.get(e + 1);
                while (a < actual.size() && !matches(next, actual.get(a), new HashMap<>(bound))) {
                    a++;
                }
                continue;
            }
            if (a >= actual.size()) {
                return Optional.of(report(e, a, actual, "the output ended, but the transcript expects more"));
            }
            if (!matches(expected, actual.get(a), bound)) {
                return Optional.of(report(e, a, actual, "this line differs"));
            }
            a++;
        }
        if (a < actual.size()) {
            return Optional.of(report(lines.size(), a, actual, "the output goes on past the end of the transcript"));
        }
        return Optional.empty();
    }

    private static boolean matches(String expected, String actual, Map<String, String> bound) {
        if (!expected.contains("{{")) {
            return expected.equals(actual);
        }
        StringBuilder regex = new StringBuilder();
        List<String> groupLabels = new ArrayList<>(); // one entry per capturing group, null when unlabelled
        Matcher m = PLACEHOLDER.matcher(expected);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(expected.substring(last, m.start())));
            String label = m.group(2) == null ? null : m.group(1) + ":" + m.group(2);
            if (label != null && bound.containsKey(label)) {
                regex.append(Pattern.quote(bound.get(label)));
            } else {
                regex.append('(').append(KINDS.get(m.group(1))).append(')');
                groupLabels.add(label);
            }
            last = m.end();
        }
        regex.append(Pattern.quote(expected.substring(last)));
        Matcher actualMatch = Pattern.compile(regex.toString()).matcher(actual);
        if (!actualMatch.matches()) {
            return false;
        }
        for (int g = 0; g < groupLabels.size(); g++) {
            String label = groupLabels.get(g);
            if (label == null) {
                continue;
            }
            String value = actualMatch.group(g + 1);
            if (bound.containsKey(label) && !bound.get(label).equals(value)) {
                return false;
            }
            bound.put(label, value);
        }
        return true;
    }

    private String report(int expectedIndex, int actualIndex, List<String> actual, String what) {
        StringBuilder sb = new StringBuilder(what).append(" (transcript line ").append(expectedIndex + 1)
                .append(", output line ").append(actualIndex + 1).append("):\n");
        sb.append("  expected: ").append(expectedIndex < lines.size() ? lines.get(expectedIndex) : "(end)").append('\n');
        sb.append("  actual:   ").append(actualIndex < actual.size() ? actual.get(actualIndex) : "(end)").append('\n');
        sb.append("  output around it:\n");
        for (int i = Math.max(0, actualIndex - 5); i < Math.min(actual.size(), actualIndex + 6); i++) {
            sb.append(i == actualIndex ? "  > " : "    ").append(actual.get(i)).append('\n');
        }
        return sb.toString();
    }
}
