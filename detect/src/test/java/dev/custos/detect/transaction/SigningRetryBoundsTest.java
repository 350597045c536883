package dev.custos.detect.transaction;

import static dev.custos.detect.TestEvents.signing;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.RiskView;
import dev.custos.detect.event.Event;
import dev.custos.detect.state.EntityLimits;
import dev.custos.detect.state.EntityTableUsage;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SigningRetryBoundsTest {
    private static final Instant T0 = Instant.parse("2025-03-03T09:00:00Z");
    private static final String TO = "0x1234567890123456789012345678901234567890";

    @Test
    void pairWithoutAFailureInTheWindow_isDropped() {
        SigningRetryDetector detector = new SigningRetryDetector();
        detector.observe(request(T0, "kim", "cold-1", false), RiskView.NONE);
        assertThat(usage(detector).entities()).isEqualTo(1);

        detector.observe(request(T0.plus(Duration.ofMinutes(61)), "lee", "cold-2", true), RiskView.NONE);

        assertThat(usage(detector).entities()).isZero();
        assertThat(usage(detector).expired()).isEqualTo(1);
    }

    @Test
    void cap_forgetsTheLeastRecentlyFailedPair() {
        SigningRetryDetector detector = new SigningRetryDetector(new EntityLimits(Duration.ofDays(90), 2));
        detector.observe(request(T0, "kim", "cold-1", false), RiskView.NONE);
        detector.observe(request(T0.plusSeconds(1), "lee", "cold-1", false), RiskView.NONE);
        detector.observe(request(T0.plusSeconds(2), "max", "cold-1", false), RiskView.NONE);

        assertThat(usage(detector).entities()).isEqualTo(2);
        assertThat(usage(detector).evicted()).isEqualTo(1);
        assertThat(detector.observe(request(T0.plusSeconds(3), "kim", "cold-1", true), RiskView.NONE))
                .isEmpty();
        assertThat(detector.observe(request(T0.plusSeconds(4), "lee", "cold-1", true), RiskView.NONE))
                .hasSize(1);
    }

    @Test
    void checkpoint_roundTripsTheTable_andIsDeterministic() {
        SigningRetryDetector detector = new SigningRetryDetector(new EntityLimits(Duration.ofDays(90), 2));
        SigningRetryDetector twin = new SigningRetryDetector(new EntityLimits(Duration.ofDays(90), 2));
        for (SigningRetryDetector each : new SigningRetryDetector[] {detector, twin}) {
            each.observe(request(T0, "kim", "cold-1", false), RiskView.NONE);
            each.observe(request(T0.plusSeconds(1), "lee", "cold-1", false), RiskView.NONE);
            each.observe(request(T0.plusSeconds(2), "max", "cold-1", false), RiskView.NONE);
        }
        SigningRetryDetector restored = new SigningRetryDetector(new EntityLimits(Duration.ofDays(90), 2));
        restored.restore(detector.checkpoint());

        assertThat(twin.checkpoint()).isEqualTo(detector.checkpoint());
        assertThat(restored.checkpoint()).isEqualTo(detector.checkpoint());
        assertThat(restored.entityUsage()).isEqualTo(detector.entityUsage());
    }

    @Test
    void stateWithoutTableFields_asWrittenBeforeTables_isRestored() {
        SigningRetryDetector detector = new SigningRetryDetector();
        detector.observe(request(T0, "kim", "cold-1", false), RiskView.NONE);
        ObjectNode state = detector.checkpoint();
        state.remove("failures_table");
        ((ArrayNode) state.get("failures")).forEach(entry -> ((ObjectNode) entry).remove("last_seen"));
        SigningRetryDetector restored = new SigningRetryDetector();

        restored.restore(state);

        assertThat(restored.observe(request(T0.plus(Duration.ofMinutes(5)), "kim", "cold-1", true), RiskView.NONE))
                .singleElement()
                .satisfies(finding -> assertThat(finding.score()).isEqualTo(20));
        assertThat(restored.observe(request(T0.plus(Duration.ofMinutes(90)), "kim", "cold-1", true), RiskView.NONE))
                .isEmpty();
    }

    private static EntityTableUsage usage(SigningRetryDetector detector) {
        return detector.entityUsage().getFirst();
    }

    private static Event request(Instant time, String user, String wallet, boolean success) {
        return signing(time, user, wallet, TO, 0)
                .with("event.outcome", success ? "success" : "failure")
                .build();
    }
}
