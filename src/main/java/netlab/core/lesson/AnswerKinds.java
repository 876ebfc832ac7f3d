package netlab.core.lesson;

import java.util.List;
import java.util.Optional;
import netlab.core.addr.practice.AddressAnswer;
import netlab.core.addr.practice.CidrAnswer;
import netlab.core.addr.practice.MaskAnswer;

/**
 * Every {@link AnswerKind} a lesson file may name after {@code kind:}. The issue that owns a
 * subject adds its kinds here (addresses: {@code ipv4}, {@code ipv6}, {@code address},
 * {@code cidr}, {@code mask}; lessons: {@code integer}, {@code choice}, {@code port}, {@code text}).
 */
public final class AnswerKinds {
    private static final List<AnswerKind> ALL = List.of(
            AddressAnswer.IPV4, AddressAnswer.IPV6, AddressAnswer.ANY, new CidrAnswer(), new MaskAnswer(),
            new IntegerAnswer(), new ChoiceAnswer(), new PortAnswer(), new TextAnswer());

    private AnswerKinds() {
    }

    public static List<AnswerKind> all() {
        return ALL;
    }

    /** The kinds' names, comma-separated, for messages. */
    public static String names() {
        return String.join(", ", ALL.stream().map(AnswerKind::name).toList());
    }

    public static Optional<AnswerKind> find(String name) {
        return ALL.stream().filter(k -> k.name().equals(name)).findFirst();
    }
}
