package netlab.core.addr.practice;

import java.util.Random;
import java.util.function.Function;
import netlab.core.lesson.Question;
import netlab.core.lesson.QuizTopic;

/** A quiz topic about addresses whose questions come from one generator function and the given {@link Random}. */
public record AddressTopic(String name, String description, Function<Random, Question> generator) implements QuizTopic {
    @Override
    public Question generate(Random random) {
        return generator.apply(random);
    }
}
