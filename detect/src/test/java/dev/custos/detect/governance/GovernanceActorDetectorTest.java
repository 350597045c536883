package dev.custos.detect.governance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.detect.RiskView;
import dev.custos.detect.TestEvents;
import dev.custos.detect.explain.EntityRef;
import dev.custos.detect.explain.Finding;
import dev.custos.detect.explain.FindingSeverity;
import dev.custos.detect.state.EntityLimits;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GovernanceActorDetectorTest {
    /** A Monday, 10:00 UTC. */
    private static final Instant MONDAY = Instant.parse("2026-11-02T10:00:00Z");

    private final GovernanceActorDetector detector = new GovernanceActorDetector(EntityLimits.DEFAULT);

    @BeforeEach
    void twoWeeksOfOfficeSignIns() {
        for (int day = 0; day < 14; day++) {
            Instant time = MONDAY.plus(Duration.ofDays(day % 5 + 7L * (day / 5)));
            assertThat(detector.observe(
                            TestEvents.login(time, "ada")
                                    .with("source.ip", "10.1.2.3")
                                    .with("custos.device.id", "token:aaaa")
                                    .build(),
                            RiskView.NONE))
                    .isEmpty();
        }
    }

    @Test
    void proposalFromTheUsualNetworkDeviceAndHour_isQuiet() {
        assertThat(detector.observe(
                        proposal(MONDAY.plus(Duration.ofDays(21)), "10.1.9.9", "token:aaaa"), RiskView.NONE))
                .isEmpty();
    }

    @Test
    void proposalFromANewNetwork_alertsNamingTheNetwork() {
        List<Finding> findings = detector.observe(
                proposal(MONDAY.plus(Duration.ofDays(21)), "203.0.113.7", "token:aaaa"), RiskView.NONE);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(FindingSeverity.ALWAYS_ALERT);
            assertThat(finding.entities()).startsWith(EntityRef.user("ada"));
            assertThat(finding.summary()).contains("policy.proposed on prop-1 by ada from an unfamiliar network");
            assertThat(finding.features()).anySatisfy(feature -> {
                assertThat(feature.feature()).isEqualTo("network");
                assertThat(feature.value()).isEqualTo("ip 203.0.0.0/16");
            });
        });
    }

    @Test
    void approvalFromANewDevice_alerts() {
        List<Finding> findings = detector.observe(
                TestEvents.event(MONDAY.plus(Duration.ofDays(21)), "configuration", "policy.change_approved")
                        .with("user.name", "ada")
                        .with("source.ip", "10.1.2.3")
                        .with("custos.device.id", "token:ffff")
                        .build(),
                RiskView.NONE);

        assertThat(findings)
                .singleElement()
                .satisfies(finding -> assertThat(finding.summary()).contains("unfamiliar device"));
    }

    @Test
    void proposalAtThreeInTheMorning_alertsOnTheHour() {
        Instant night = MONDAY.plus(Duration.ofDays(21)).minus(Duration.ofHours(7));

        assertThat(detector.observe(proposal(night, "10.1.2.3", "token:aaaa"), RiskView.NONE))
                .singleElement()
                .satisfies(finding -> assertThat(finding.summary()).contains("unfamiliar hour of week"));
    }

    @Test
    void anUnusualLogin_isLeftToLoginRarity() {
        assertThat(detector.observe(
                        TestEvents.login(MONDAY.plus(Duration.ofDays(21)), "ada")
                                .with("source.ip", "203.0.113.7")
                                .build(),
                        RiskView.NONE))
                .isEmpty();
    }

    @Test
    void aNewcomersFirstProposals_areQuiet_untilTheyHaveAHistory() {
        assertThat(detector.observe(
                        TestEvents.event(MONDAY, "configuration", "policy.proposed")
                                .with("user.name", "newcomer")
                                .with("source.ip", "203.0.113.7")
                                .build(),
                        RiskView.NONE))
                .isEmpty();
    }

    @Test
    void checkpoint_keepsTheBaseline() {
        GovernanceActorDetector restored = new GovernanceActorDetector(EntityLimits.DEFAULT);
        restored.restore(detector.checkpoint());

        assertThat(restored.observe(
                        proposal(MONDAY.plus(Duration.ofDays(21)), "203.0.113.7", "token:aaaa"), RiskView.NONE))
                .hasSize(1);
    }

    private static dev.custos.detect.event.Event proposal(Instant time, String ip, String device) {
        return TestEvents.event(time, "configuration", "policy.proposed")
                .with("user.name", "ada")
                .with("source.ip", ip)
                .with("custos.device.id", device)
                .with("custos.governance.subject", "prop-1")
                .build();
    }
}
