package dev.custos.detect.governance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.detect.RiskView;
import dev.custos.detect.TestEvents;
import dev.custos.detect.explain.EntityRef;
import dev.custos.detect.explain.FindingSeverity;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GovernanceStandingDetectorTest {
    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");

    private final GovernanceStandingDetector detector = new GovernanceStandingDetector();

    @Test
    void approvalByAnAdminWhoseVettingLapsed_alerts() {
        assertThat(detector.observe(approval("2026-11-30T00:00:00Z", "active"), RiskView.NONE))
                .singleElement()
                .satisfies(finding -> {
                    assertThat(finding.severity()).isEqualTo(FindingSeverity.ALWAYS_ALERT);
                    assertThat(finding.entities()).startsWith(EntityRef.user("cleo"));
                    assertThat(finding.summary())
                            .isEqualTo("approval of policy change prop-1 by cleo, whose vetting lapsed at"
                                    + " 2026-11-30T00:00:00Z");
                });
    }

    @Test
    void approvalByAnAdminWithoutVetting_alerts() {
        assertThat(detector.observe(approval("none", "active"), RiskView.NONE))
                .singleElement()
                .satisfies(finding -> assertThat(finding.summary()).endsWith("cleo, has no vetting record"));
    }

    @Test
    void approvalByAnAdminWithCurrentVetting_isQuiet() {
        assertThat(detector.observe(approval("2027-06-30T00:00:00Z", "active"), RiskView.NONE))
                .isEmpty();
    }

    @Test
    void anyGovernanceActionBySomeoneLeaving_alerts() {
        assertThat(detector.observe(
                        TestEvents.event(T0, "configuration", "person.added")
                                .with("user.name", "ava")
                                .with("custos.actor.employment", "leaving")
                                .with("custos.governance.subject", "zed")
                                .build(),
                        RiskView.NONE))
                .singleElement()
                .satisfies(finding -> assertThat(finding.summary())
                        .isEqualTo("governance action person.added on zed by ava, who is leaving: their powers still"
                                + " count until they leave"));
    }

    @Test
    void anActiveActor_andEventsOfOtherKinds_areQuiet() {
        assertThat(detector.observe(
                        TestEvents.event(T0, "configuration", "person.added")
                                .with("user.name", "ava")
                                .with("custos.actor.employment", "active")
                                .build(),
                        RiskView.NONE))
                .isEmpty();
        assertThat(detector.observe(
                        TestEvents.event(T0, "configuration", "governance.policy_changed")
                                .with("user.name", "ava")
                                .with("custos.actor.employment", "leaving")
                                .build(),
                        RiskView.NONE))
                .isEmpty();
    }

    @Test
    void leavingAndLapsed_areTwoFindings() {
        assertThat(detector.observe(approval("2026-11-30T00:00:00Z", "leaving"), RiskView.NONE))
                .hasSize(2);
    }

    private static dev.custos.detect.event.Event approval(String vetting, String employment) {
        return TestEvents.event(T0, "configuration", "policy.change_approved")
                .with("user.name", "cleo")
                .with("custos.actor.employment", employment)
                .with("custos.governance.subject", "prop-1")
                .with("custos.governance.approver", "cleo")
                .with("custos.governance.approver_vetting_valid_until", vetting)
                .build();
    }
}
