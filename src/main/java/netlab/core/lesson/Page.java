package netlab.core.lesson;

import java.util.List;

/**
 * One page of a lesson: the text under one {@code ## } heading, split into prose, "try it"
 * blocks and exercises in the order the file has them.
 */
public record Page(String title, List<Part> parts) {
    public Page {
        parts = List.copyOf(parts);
    }

    public List<Exercise> exercises() {
        return parts.stream().filter(p -> p instanceof Exercise).map(p -> (Exercise) p).toList();
    }

    /** The "try it" commands of the page, in order. */
    public List<String> tryIt() {
        return parts.stream().filter(p -> p instanceof Part.TryIt).flatMap(p -> ((Part.TryIt) p).commands().stream()).toList();
    }
}
