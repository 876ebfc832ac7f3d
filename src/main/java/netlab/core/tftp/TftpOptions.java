package netlab.core.tftp;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The options carried by a request or an OACK (RFC 2347), in the order they are encoded
 * (blksize, timeout, tsize, windowsize). Every value is checked against {@link TftpOption}'s range.
 */
public record TftpOptions(Map<TftpOption, Long> values) {
    public static final TftpOptions NONE = new TftpOptions(Map.of());

    public TftpOptions {
        EnumMap<TftpOption, Long> copy = new EnumMap<>(TftpOption.class);
        for (Map.Entry<TftpOption, Long> e : values.entrySet()) {
            TftpOption option = e.getKey();
            long v = e.getValue();
            if (!option.allows(v)) {
                throw new IllegalArgumentException(option.wireName() + " must be " + option.range() + ", got " + v);
            }
            copy.put(option, v);
        }
        values = Collections.unmodifiableMap(copy);
    }

    /** These options with {@code option} set to {@code value}. */
    public TftpOptions with(TftpOption option, long value) {
        EnumMap<TftpOption, Long> copy = new EnumMap<>(TftpOption.class);
        copy.putAll(values);
        copy.put(option, value);
        return new TftpOptions(copy);
    }

    public OptionalLong get(TftpOption option) {
        Long v = values.get(option);
        return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }

    public boolean has(TftpOption option) {
        return values.containsKey(option);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** "blksize=1468 tsize=0", or "none". */
    @Override
    public String toString() {
        if (values.isEmpty()) {
            return "none";
        }
        StringBuilder sb = new StringBuilder();
        values.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : " ").append(k.wireName()).append('=').append(v));
        return sb.toString();
    }
}
