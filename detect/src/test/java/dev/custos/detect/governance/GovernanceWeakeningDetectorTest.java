package dev.custos.detect.governance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.detect.RiskView;
import dev.custos.detect.TestEvents;
import dev.custos.detect.correlation.CorrelationSettings;
import dev.custos.detect.correlation.Correlator;
import dev.custos.detect.event.Event;
import dev.custos.detect.explain.EntityRef;
import dev.custos.detect.explain.Finding;
import dev.custos.detect.explain.FindingSeverity;
import dev.custos.detect.output.Alert;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GovernanceWeakeningDetectorTest {
    private static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");

    private final GovernanceWeakeningDetector detector = new GovernanceWeakeningDetector();

    @Test
    void timeLockLowered_thenALoosening_isOneIncidentWithTheChain() {
        Correlator correlator = new Correlator(CorrelationSettings.DEFAULT);
        correlator.advanceTo(T0);
        List<Finding> first = detector.observe(timeLockLowered(T0, "ada", "evt-1"), RiskView.NONE);
        assertThat(first).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(FindingSeverity.NORMAL);
            assertThat(finding.entities()).containsExactly(CustosGovernance.POLICY);
        });
        assertThat(correlator.ingest(first)).isEmpty();

        Instant later = T0.plus(Duration.ofDays(2));
        correlator.advanceTo(later);
        List<Finding> second = detector.observe(loosening(later, "abe", "evt-2"), RiskView.NONE);

        assertThat(second).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(FindingSeverity.ALWAYS_ALERT);
            assertThat(finding.entities())
                    .containsExactly(CustosGovernance.POLICY, EntityRef.user("ada"), EntityRef.user("abe"));
            assertThat(finding.summary())
                    .isEqualTo("policy weakened step by step: lowers the time lock 86400 s -> 600 s by ada, then"
                            + " proposal prop-2 by abe loosens the policy 2 days later");
            assertThat(finding.features())
                    .extracting(feature -> feature.value())
                    .containsExactly(
                            "proposal prop-1 by ada at 2026-11-02T10:00:00Z (event evt-1) lowers the time lock"
                                    + " 86400 s -> 600 s",
                            "proposal prop-2 by abe at 2026-11-04T10:00:00Z (event evt-2): destination 0xabc added");
        });
        List<Alert> alerts = correlator.ingest(second);
        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.entity()).isEqualTo(CustosGovernance.POLICY);
            assertThat(alert.evidence()).containsExactly("evt-1", "evt-2");
        });
    }

    @Test
    void approverRemoved_thenALoosening_isAnIncident() {
        detector.observe(
                proposal(T0, "ada", "evt-1", "prop-1", "approver_removed", "loosening")
                        .withTexts("custos.governance.approvers_removed", "sec-bob")
                        .build(),
                RiskView.NONE);

        List<Finding> findings =
                detector.observe(loosening(T0.plus(Duration.ofHours(3)), "ada", "evt-2"), RiskView.NONE);

        assertThat(findings)
                .singleElement()
                .satisfies(finding -> assertThat(finding.summary())
                        .startsWith("policy weakened step by step: removes approver sec-bob by ada"));
    }

    @Test
    void aLooseningAlone_isNoIncident() {
        assertThat(detector.observe(loosening(T0, "abe", "evt-2"), RiskView.NONE))
                .isEmpty();
    }

    @Test
    void aLooseningAfterTheWindow_isNoIncident() {
        detector.observe(timeLockLowered(T0, "ada", "evt-1"), RiskView.NONE);

        Instant late = T0.plus(GovernanceWeakeningDetector.WINDOW).plusSeconds(1);
        assertThat(detector.observe(loosening(late, "abe", "evt-2"), RiskView.NONE))
                .isEmpty();
    }

    @Test
    void aStepThatLoosensByItself_doesNotCompleteItsOwnSequence() {
        assertThat(detector.observe(
                        proposal(T0, "ada", "evt-1", "prop-1", "timelock_lowered", "loosening")
                                .build(),
                        RiskView.NONE))
                .singleElement()
                .satisfies(finding -> assertThat(finding.severity()).isEqualTo(FindingSeverity.NORMAL));
    }

    @Test
    void checkpoint_keepsTheSteps() {
        detector.observe(timeLockLowered(T0, "ada", "evt-1"), RiskView.NONE);
        GovernanceWeakeningDetector restored = new GovernanceWeakeningDetector();
        restored.restore(detector.checkpoint());

        assertThat(restored.observe(loosening(T0.plus(Duration.ofDays(1)), "abe", "evt-2"), RiskView.NONE))
                .singleElement()
                .satisfies(finding -> assertThat(finding.severity()).isEqualTo(FindingSeverity.ALWAYS_ALERT));
    }

    private static Event timeLockLowered(Instant time, String actor, String id) {
        return proposal(time, actor, id, "prop-1", "timelock_lowered", "loosening")
                .with("custos.governance.old_value", "86400")
                .with("custos.governance.new_value", "600")
                .build();
    }

    private static Event loosening(Instant time, String actor, String id) {
        return proposal(time, actor, id, "prop-2", "loosening")
                .withTexts("custos.governance.loosenings", "destination 0xabc added")
                .build();
    }

    private static TestEvents proposal(Instant time, String actor, String id, String subject, String... steps) {
        return TestEvents.event(time, "configuration", "policy.proposed")
                .with("event.id", id)
                .with("user.name", actor)
                .with("custos.governance.subject", subject)
                .withTexts("custos.governance.steps", steps);
    }
}
