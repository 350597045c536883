package dev.custos.frost.dkg;

import dev.custos.frost.Ciphersuite;
import dev.custos.frost.Ciphersuites;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** A random lifecycle test configuration: a suite, {@code 2 <= t <= n <= 20} and a seed for choosing subsets. */
public record LifecycleSetup(Ciphersuite suite, int minSigners, int maxSigners, long seed) {
    public static final int MAX_PARTICIPANTS = 20;

    public static Arbitrary<LifecycleSetup> arbitrary() {
        return Arbitraries.integers()
                .between(2, MAX_PARTICIPANTS)
                .flatMap(maxSigners -> Combinators.combine(
                                Arbitraries.of(Ciphersuites.all()),
                                Arbitraries.integers().between(2, maxSigners),
                                Arbitraries.longs())
                        .as((suite, minSigners, seed) -> new LifecycleSetup(suite, minSigners, maxSigners, seed)));
    }

    public Random random() {
        return new Random(seed);
    }
}
