package dev.custos.ecdsa.ote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ChallengeSumTest {
    @Property(tries = 30)
    void sum_matchesSumOfProducts(@ForAll long seed) {
        Random random = new Random(seed);
        ChallengeSum sum = new ChallengeSum();
        long expectedLow = 0;
        long expectedHigh = 0;
        for (int j = 0; j < 100; j++) {
            long chiLow = random.nextLong();
            long chiHigh = random.nextLong();
            long low = random.nextLong();
            long high = random.nextLong();
            sum.add(chiLow, chiHigh, low, high);
            long[] product = Gf128.multiply(chiLow, chiHigh, low, high);
            expectedLow ^= product[0];
            expectedHigh ^= product[1];
        }
        assertThat(sum.sum()).containsExactly(expectedLow, expectedHigh);
    }

    @Test
    void sum_allOnes_matchesProduct_andRestartsAtZero() {
        ChallengeSum sum = new ChallengeSum();
        sum.add(-1L, -1L, -1L, -1L);
        assertThat(sum.sum()).containsExactly(Gf128.multiply(-1L, -1L, -1L, -1L));
        assertThat(sum.sum()).containsExactly(0L, 0L);
    }
}
