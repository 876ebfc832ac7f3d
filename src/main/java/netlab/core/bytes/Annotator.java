package netlab.core.bytes;

/**
 * Reads bytes as one protocol's header or packet and names every field, for
 * {@code hexdump --annotate NAME}. Implementations never throw for bad bytes: what is wrong goes
 * into {@link Annotation#problems()}.
 */
public interface Annotator {
    /** The name typed after {@code --annotate}, e.g. {@code "ipv4"}. */
    String name();

    /** One line saying what the bytes are read as. */
    String description();

    Annotation annotate(byte[] bytes);
}
