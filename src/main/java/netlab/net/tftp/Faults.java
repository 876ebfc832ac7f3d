package netlab.net.tftp;

import java.util.Random;

/**
 * Loss and duplication injected on purpose, to see timeouts and retransmission: each datagram a
 * side sends is dropped with probability {@code loss}, else sent twice with probability
 * {@code dup}. The same seed gives the same decisions in the same order.
 */
public final class Faults {
    public static final Faults NONE = new Faults(0, 0, 0);

    private final double loss;
    private final double dup;
    private final long seed;
    private final Random random;

    public Faults(double loss, double dup, long seed) {
        if (!(loss >= 0 && loss < 1)) {
            throw new netlab.core.InvalidInputException("loss must be a probability from 0 up to (not including) 1, got " + loss);
        }
        if (!(dup >= 0 && dup <= 1)) {
            throw new netlab.core.InvalidInputException("dup must be a probability from 0 to 1, got " + dup);
        }
        this.loss = loss;
        this.dup = dup;
        this.seed = seed;
        this.random = new Random(seed);
    }

    /** How many copies of the next datagram go on the wire: 0 (lost), 1, or 2 (duplicated). */
    public synchronized int copies() {
        if (loss == 0 && dup == 0) {
            return 1;
        }
        double r = random.nextDouble();
        if (r < loss) {
            return 0;
        }
        return random.nextDouble() < dup ? 2 : 1;
    }

    public boolean active() {
        return loss > 0 || dup > 0;
    }

    /** The same settings with another seed, for the other side of a demo. */
    public Faults reseeded(long offset) {
        return new Faults(loss, dup, seed + offset);
    }

    public double loss() {
        return loss;
    }

    public double dup() {
        return dup;
    }

    public long seed() {
        return seed;
    }
}
