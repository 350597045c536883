package dev.custos.node.job.protocol;

/**
 * What a round needs from every peer before it can advance.
 *
 * @param broadcast one broadcast from each peer
 * @param direct one direct envelope from each peer
 */
public record Expectation(boolean broadcast, boolean direct) {
    public static final Expectation DIRECT = new Expectation(false, true);
    public static final Expectation BROADCAST = new Expectation(true, false);
    public static final Expectation BOTH = new Expectation(true, true);

    public Expectation {
        if (!broadcast && !direct) {
            throw new IllegalArgumentException("a round expects something");
        }
    }
}
