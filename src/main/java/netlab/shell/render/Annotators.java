package netlab.shell.render;

import java.util.List;
import java.util.Optional;
import netlab.core.bytes.Annotator;
import netlab.core.tftp.TftpAnnotator;
import netlab.core.wire.WireAnnotator;

/** The protocols {@code hexdump --annotate} knows, by the name typed after the option. */
public final class Annotators {
    private static final List<Annotator> ALL = java.util.stream.Stream.concat(
            WireAnnotator.ALL.stream(), java.util.stream.Stream.of(TftpAnnotator.INSTANCE)).toList();

    private Annotators() {
    }

    public static List<Annotator> all() {
        return ALL;
    }

    public static Optional<Annotator> find(String name) {
        return ALL.stream().filter(a -> a.name().equalsIgnoreCase(name)).findFirst();
    }

    public static List<String> names() {
        return ALL.stream().map(Annotator::name).toList();
    }
}
