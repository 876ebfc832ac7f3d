package netlab.core.lesson;

import java.util.List;

/** A piece of a {@link Page}: Markdown prose, a block of "try it" commands, or an {@link Exercise}. */
public sealed interface Part permits Part.Prose, Part.TryIt, Exercise {

    /** Ordinary Markdown, rendered as it is. */
    record Prose(String markdown) implements Part {
    }

    /** A fenced {@code lab} block: commands the learner can type (or {@code run}), one per line. */
    record TryIt(List<String> commands) implements Part {
        public TryIt {
            commands = List.copyOf(commands);
        }
    }
}
