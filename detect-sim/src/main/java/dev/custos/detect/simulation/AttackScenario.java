package dev.custos.detect.simulation;

/** An attack that can be injected into a simulated organisation. */
public interface AttackScenario {
    /** A short identifier, e.g. {@code bybit}. */
    String name();

    /** The real incident the chain follows, in a few words. */
    String modelledOn();

    /**
     * Adds the attack's events to {@code context.sink()} and its requests to the ground truth. The first theft request
     * must be at {@code context.theftTime()}.
     */
    void inject(AttackContext context);
}
