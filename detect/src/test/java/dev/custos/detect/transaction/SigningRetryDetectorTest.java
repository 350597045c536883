package dev.custos.detect.transaction;

import static dev.custos.detect.TestEvents.signing;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.detect.RiskView;
import dev.custos.detect.event.Event;
import dev.custos.detect.explain.Finding;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SigningRetryDetectorTest {
    private static final Instant T0 = Instant.parse("2025-03-03T09:00:00Z");
    private static final String TO = "0x1234567890123456789012345678901234567890";

    private final SigningRetryDetector detector = new SigningRetryDetector();

    @Test
    void requestsThatSucceed_stayQuiet() {
        for (int i = 0; i < 50; i++) {
            assertThat(detector.observe(request(T0.plus(Duration.ofMinutes(i)), "kim", "cold-1", true), RiskView.NONE))
                    .isEmpty();
        }
    }

    @Test
    void threeFailuresThenAResubmission_fires50_withTheCountAsEvidence() {
        for (int i = 0; i < 3; i++) {
            detector.observe(request(T0.plus(Duration.ofMinutes(i * 10L)), "kim", "cold-1", false), RiskView.NONE);
        }

        List<Finding> findings =
                detector.observe(request(T0.plus(Duration.ofMinutes(35)), "kim", "cold-1", true), RiskView.NONE);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.detector()).isEqualTo(SigningRetryDetector.NAME);
            assertThat(finding.score()).isEqualTo(50);
            assertThat(finding.explain()).contains("after 3 failed signing requests");
            assertThat(finding.features().getFirst().value()).isEqualTo("3");
        });
    }

    @Test
    void oneFailure_isAMildSignal() {
        detector.observe(request(T0, "kim", "cold-1", false), RiskView.NONE);

        assertThat(detector.observe(request(T0.plus(Duration.ofMinutes(5)), "kim", "cold-1", true), RiskView.NONE))
                .singleElement()
                .satisfies(finding -> assertThat(finding.score()).isEqualTo(20));
    }

    @Test
    void failuresOlderThanTheWindow_orByAnotherInitiatorOrWallet_areIgnored() {
        detector.observe(request(T0, "kim", "cold-1", false), RiskView.NONE);
        detector.observe(request(T0.plus(Duration.ofMinutes(70)), "lee", "cold-1", false), RiskView.NONE);
        detector.observe(request(T0.plus(Duration.ofMinutes(71)), "kim", "warm-1", false), RiskView.NONE);

        assertThat(detector.observe(request(T0.plus(Duration.ofMinutes(75)), "kim", "cold-1", true), RiskView.NONE))
                .isEmpty();
    }

    @Test
    void checkpoint_roundTrips() {
        detector.observe(request(T0, "kim", "cold-1", false), RiskView.NONE);
        detector.observe(request(T0.plus(Duration.ofMinutes(1)), "kim", "cold-1", false), RiskView.NONE);
        SigningRetryDetector restored = new SigningRetryDetector();
        restored.restore(detector.checkpoint());

        assertThat(restored.checkpoint()).isEqualTo(detector.checkpoint());
        assertThat(restored.observe(request(T0.plus(Duration.ofMinutes(5)), "kim", "cold-1", true), RiskView.NONE))
                .singleElement()
                .satisfies(finding -> assertThat(finding.score()).isEqualTo(35));
    }

    private static Event request(Instant time, String user, String wallet, boolean success) {
        return signing(time, user, wallet, TO, 0)
                .with("event.outcome", success ? "success" : "failure")
                .build();
    }
}
