package dev.custos.detect.forest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.detect.state.StateJson;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WalletForestTest {
    private static final long START = 1_700_000_000L;

    @Test
    void drainAfterRoutineWithdrawals_isGradedAnomalous_andAttributedToAmountAndShare() {
        WalletForest forest = new WalletForest("hot-1", ForestSettings.DEFAULT);
        List<Double> routineGrades = routine(forest, 60);
        ForestVerdict drain =
                forest.scoreThenLearn(new TransactionFeatures(9_500_000, 0.95, 1.1, 3), START + 61 * 3600);
        assertThat(routineGrades.subList(0, ForestSettings.DEFAULT.warmUp())).containsOnly(0.0);
        assertThat(drain.grade()).isGreaterThan(0);
        int top = 0;
        for (int i = 1; i < drain.contributions().size(); i++) {
            if (drain.contributions().get(i) > drain.contributions().get(top)) {
                top = i;
            }
        }
        assertThat(top).isIn(0, 1, 2);
    }

    @Test
    void sameSeedAndInput_sameVerdicts() {
        WalletForest first = new WalletForest("w", ForestSettings.DEFAULT);
        WalletForest second = new WalletForest("w", ForestSettings.DEFAULT);
        assertThat(routine(first, 40)).isEqualTo(routine(second, 40));
        ForestVerdict a = first.scoreThenLearn(new TransactionFeatures(1e6, 0.5, 0.6, 4), START + 50 * 3600);
        ForestVerdict b = second.scoreThenLearn(new TransactionFeatures(1e6, 0.5, 0.6, 4), START + 50 * 3600);
        assertThat(a).isEqualTo(b);
    }

    @Test
    void checkpointAndRestore_continuesWithTheSameVerdicts() {
        WalletForest original = new WalletForest("hot-3", ForestSettings.DEFAULT);
        routine(original, 50);
        WalletForest restored = WalletForest.fromState(
                "hot-3", ForestSettings.DEFAULT, StateJson.MAPPER.valueToTree(original.toState()));

        TransactionFeatures drain = new TransactionFeatures(9_500_000, 0.95, 1.1, 3);
        ForestVerdict fromOriginal = original.scoreThenLearn(drain, START + 51 * 3600);
        ForestVerdict fromRestored = restored.scoreThenLearn(drain, START + 51 * 3600);

        assertThat(restored.count()).isEqualTo(51);
        assertThat(fromRestored.grade()).isEqualTo(fromOriginal.grade());
        assertThat(fromRestored.score()).isEqualTo(fromOriginal.score());
        assertThat(fromRestored.typical()).isEqualTo(fromOriginal.typical());
    }

    @Test
    void routineWithdrawals_afterWarmUp_rarelyGraded() {
        WalletForest forest = new WalletForest("hot-2", ForestSettings.DEFAULT);
        List<Double> grades = routine(forest, 200);
        long flagged = grades.stream().skip(40).filter(grade -> grade > 0).count();
        assertThat(flagged).isLessThanOrEqualTo(8);
    }

    private static List<Double> routine(WalletForest forest, int count) {
        SplittableRandom random = new SplittableRandom(7);
        List<Double> grades = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double amount = Math.exp(random.nextDouble(Math.log(2_000), Math.log(40_000)));
            int hour = 8 + random.nextInt(10);
            grades.add(forest.scoreThenLearn(
                            new TransactionFeatures(amount, amount / 10_000_000, amount * 3 / 10_000_000, hour),
                            START + i * 3600L)
                    .grade());
        }
        return grades;
    }
}
