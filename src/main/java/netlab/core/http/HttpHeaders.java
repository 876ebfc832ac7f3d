package netlab.core.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The header fields of one HTTP message, in the order they were written (RFC 9110 §5, RFC 9112
 * §5): names compare without case, a name may repeat.
 */
public record HttpHeaders(List<Field> fields) {
    /** One {@code Name: value} line. */
    public record Field(String name, String value) {
        public String line() {
            return name + ": " + value;
        }
    }

    public HttpHeaders {
        fields = List.copyOf(fields);
    }

    public static HttpHeaders of(String... namesAndValues) {
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            fields.add(new Field(namesAndValues[i], namesAndValues[i + 1]));
        }
        return new HttpHeaders(fields);
    }

    /** The first value of {@code name}, compared without case. */
    public Optional<String> get(String name) {
        return fields.stream().filter(f -> f.name().equalsIgnoreCase(name)).map(Field::value).findFirst();
    }

    /** True when the comma-separated header {@code name} lists {@code token} (case-insensitive). */
    public boolean hasToken(String name, String token) {
        return fields.stream().filter(f -> f.name().equalsIgnoreCase(name))
                .flatMap(f -> List.of(f.value().split(",")).stream())
                .anyMatch(t -> t.strip().toLowerCase(Locale.ROOT).equals(token.toLowerCase(Locale.ROOT)));
    }

    public HttpHeaders with(String name, String value) {
        List<Field> more = new ArrayList<>(fields);
        more.add(new Field(name, value));
        return new HttpHeaders(more);
    }
}
