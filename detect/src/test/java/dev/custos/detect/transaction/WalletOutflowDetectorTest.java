package dev.custos.detect.transaction;

import static dev.custos.detect.TestEvents.signing;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.detect.RiskView;
import dev.custos.detect.explain.Finding;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WalletOutflowDetectorTest {
    private static final Instant T0 = Instant.parse("2025-03-03T00:00:00Z");
    private static final String TO = "0x1234567890123456789012345678901234567890";

    /** Ten days of one 2,000-5,000 USD payout every 20 minutes. */
    private static List<Finding> history(WalletOutflowDetector detector) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 10 * 72; i++) {
            double amount = 2_000 + (i * 37 % 30) * 100;
            findings.addAll(detector.observe(
                    signing(T0.plus(Duration.ofMinutes(20L * i)), "svc", "hot-1", TO, amount)
                            .build(),
                    RiskView.NONE));
        }
        return findings;
    }

    @Test
    void ordinaryOutflow_isQuiet() {
        assertThat(history(new WalletOutflowDetector())).isEmpty();
    }

    @Test
    void aDrainHour_isFlagged_andDoesNotRaiseItsOwnBar() {
        WalletOutflowDetector detector = new WalletOutflowDetector();
        history(detector);
        Instant drain = T0.plus(Duration.ofDays(10)).plusSeconds(600);
        List<Integer> scores = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            scores.add(
                    detector
                            .observe(
                                    signing(drain.plusSeconds(5L * i), "svc", "hot-1", TO, 4_000)
                                            .build(),
                                    RiskView.NONE)
                            .stream()
                            .mapToInt(Finding::score)
                            .max()
                            .orElse(0));
        }
        assertThat(scores.getFirst()).isLessThan(33);
        assertThat(scores.getLast()).isGreaterThanOrEqualTo(60);
        // Every request once the hour is beyond the wallet's usual stays flagged: the current hour is not history.
        int firstFlagged =
                scores.indexOf(scores.stream().filter(s -> s >= 33).findFirst().orElseThrow());
        assertThat(scores.subList(firstFlagged, scores.size())).allMatch(score -> score >= 33);
    }

    @Test
    void checkpoint_roundTrips() {
        WalletOutflowDetector original = new WalletOutflowDetector();
        history(original);
        WalletOutflowDetector restored = new WalletOutflowDetector();
        restored.restore(original.checkpoint());
        assertThat(restored.checkpoint()).isEqualTo(original.checkpoint());
    }
}
