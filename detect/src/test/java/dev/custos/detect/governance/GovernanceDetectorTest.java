package dev.custos.detect.governance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.detect.RiskView;
import dev.custos.detect.TestEvents;
import dev.custos.detect.event.Event;
import dev.custos.detect.explain.EntityRef;
import dev.custos.detect.explain.Finding;
import dev.custos.detect.explain.FindingSeverity;
import dev.custos.detect.explain.Scores;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GovernanceDetectorTest {
    private static final Instant T0 = Instant.parse("2025-02-20T04:05:00Z");
    private static final String SAFE = "0x1db92e2eebc8e0c075a02bea49a2935bcd2dfcf4";

    private final GovernanceDetector detector = new GovernanceDetector();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "owner_added", "owner_removed", "threshold_changed", "timelock_changed", "module_enabled",
                "guard_changed", "contract_upgraded", "ownership_transferred", "role_granted", "policy_changed",
                "signer_added", "signer_removed", "admin_changed", "module_disabled", "fallback_handler_changed",
                "role_revoked", "role_admin_changed", "call_scheduled", "proposal_created", "proposal_executed",
                "unreadable_event", "something_new"
            })
    void everyGovernanceChange_isAtLeastHigh_andAlwaysAlerts(String change) {
        List<Finding> findings = detector.observe(change(change, "1", "2"), RiskView.NONE);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(Scores.severity(finding.score())).isIn("high", "critical");
            assertThat(finding.severity()).isEqualTo(FindingSeverity.ALWAYS_ALERT);
            assertThat(finding.entities()).containsExactly(EntityRef.user("alice"), EntityRef.contract(SAFE));
        });
    }

    @Test
    void thresholdLowered_scoresAboveThresholdRaised() {
        int lowered = detector.observe(change("threshold_changed", "3", "2"), RiskView.NONE)
                .getFirst()
                .score();
        int raised = detector.observe(change("threshold_changed", "2", "3"), RiskView.NONE)
                .getFirst()
                .score();

        assertThat(lowered).isGreaterThan(raised);
    }

    @Test
    void safeSingletonRewritten_isCritical() {
        Event rewritten = TestEvents.event(T0, "configuration", "governance.contract_upgraded")
                .with("custos.governance.contract", SAFE)
                .with("custos.governance.old_value", "0x34cfac646f301356faa8b21e94227e3583fe3f5f")
                .with("custos.governance.new_value", "0xbdd077f651ebe7f7b3ce16fe5f2b025be2969516")
                .with("custos.governance.pointer", "singleton")
                .build();

        Finding finding = detector.observe(rewritten, RiskView.NONE).getFirst();

        assertThat(Scores.severity(finding.score())).isEqualTo("critical");
        assertThat(finding.summary()).contains("Safe singleton (slot 0) rewritten");
        assertThat(detector.observe(change("contract_upgraded", "1", "2"), RiskView.NONE)
                        .getFirst()
                        .score())
                .isLessThan(finding.score());
    }

    @Test
    void timelockRemoved_isExplained() {
        Finding finding = detector.observe(change("timelock_changed", "172800", "0"), RiskView.NONE)
                .getFirst();

        assertThat(finding.summary()).contains("time lock removed");
        assertThat(finding.features().getFirst().value()).isEqualTo("timelock_changed 172800 -> 0");
    }

    @Test
    void anomalousActor_makesItCritical() {
        RiskView alreadyAnomalous = entity -> entity.equals(EntityRef.user("alice")) ? 60 : 0;

        Finding finding = detector.observe(change("owner_added", "", SAFE), alreadyAnomalous)
                .getFirst();

        assertThat(Scores.severity(finding.score())).isEqualTo("critical");
        assertThat(finding.features()).anySatisfy(evidence -> {
            assertThat(evidence.feature()).isEqualTo("actor_risk");
            assertThat(evidence.value()).isEqualTo("60");
        });
    }

    @Test
    void failedOrNonGovernanceEvents_areIgnored() {
        Event failed = TestEvents.event(T0, "configuration", "governance.owner_added")
                .with("event.outcome", "failure")
                .build();
        Event other = TestEvents.event(T0, "configuration", "logging_changed").build();

        assertThat(detector.observe(failed, RiskView.NONE)).isEmpty();
        assertThat(detector.observe(other, RiskView.NONE)).isEmpty();
    }

    private static Event change(String change, String oldValue, String newValue) {
        return TestEvents.event(T0, "configuration", "governance." + change)
                .with("user.name", "alice")
                .with("custos.governance.contract", SAFE)
                .with("custos.governance.old_value", oldValue)
                .with("custos.governance.new_value", newValue)
                .build();
    }
}
