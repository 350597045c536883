package dev.custos.ecdsa.ote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class BitMatrixTest {
    @Property(tries = 50)
    void transpose64_matchesBitByBitTransposition(@ForAll long seed) {
        Random random = new Random(seed);
        long[] matrix = new long[64];
        for (int r = 0; r < 64; r++) {
            matrix[r] = random.nextLong();
        }
        long[] expected = new long[64];
        for (int r = 0; r < 64; r++) {
            for (int c = 0; c < 64; c++) {
                expected[c] |= ((matrix[r] >>> c) & 1L) << r;
            }
        }
        BitMatrix.transpose64(matrix);
        assertThat(matrix).containsExactly(expected);
    }

    @Test
    void transpose64_singleBit_movesToMirroredPosition() {
        long[] matrix = new long[64];
        matrix[3] = 1L << 60;
        BitMatrix.transpose64(matrix);
        long[] expected = new long[64];
        expected[60] = 1L << 3;
        assertThat(matrix).containsExactly(expected);
    }
}
