package dev.custos.detect.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.detect.Detector;
import dev.custos.detect.RiskView;
import dev.custos.detect.TestEvents;
import dev.custos.detect.event.Event;
import dev.custos.detect.explain.Finding;
import dev.custos.detect.forest.ForestSettings;
import dev.custos.detect.intel.AddressIntel;
import dev.custos.detect.pipeline.DetectionPipeline;
import dev.custos.detect.state.EntityBounded;
import dev.custos.detect.state.EntityLimits;
import dev.custos.detect.state.EntityTableUsage;
import dev.custos.detect.state.StateJson;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityBoundsTest {
    private static final Instant T0 = Instant.parse("2025-03-03T09:00:00Z");

    @Test
    void loginRarity_keepsAtMostTheCap_evictingTheLeastRecentlySeenUsers() {
        RarityDetector detector =
                BaselineDetectors.loginRarity(RarityRules.DEFAULT, new EntityLimits(Duration.ofDays(90), 3));
        for (int user = 0; user < 10; user++) {
            detector.observe(login("user-" + user, T0.plus(Duration.ofMinutes(user))), RiskView.NONE);
        }

        assertThat(detector.entityCount()).isEqualTo(3);
        assertThat(detector.entityUsage()).containsExactly(new EntityTableUsage("login_rarity", 3, 3, 0, 7));
        assertThat(StateJson.array(detector.checkpoint(), "entities"))
                .extracting(entity -> entity.get("entity").get("id").asText())
                .containsExactly("user-7", "user-8", "user-9");
    }

    @Test
    void idleUser_isForgotten_andStartsAgainWithoutHistory() {
        RarityDetector detector = BaselineDetectors.loginRarity(RarityRules.DEFAULT, EntityLimits.DEFAULT);
        for (int day = 0; day < 20; day++) {
            detector.observe(login("alice", T0.plus(Duration.ofDays(day))), RiskView.NONE);
        }
        Instant later = T0.plus(Duration.ofDays(19 + 91));
        Event fromElsewhere = TestEvents.login(later, "alice")
                .with("source.geo.country_iso_code", "RO")
                .build();
        Event someoneElse = login("bob", later.minusSeconds(60));

        detector.observe(someoneElse, RiskView.NONE);
        List<Finding> findings = detector.observe(fromElsewhere, RiskView.NONE);

        assertThat(detector.entityUsage().getFirst().expired()).isEqualTo(1);
        assertThat(findings)
                .as("a forgotten user has no history, so nothing is rare yet (documented loss)")
                .isEmpty();
    }

    @Test
    void activeUser_isNotForgotten_byTheExpiry() {
        RarityDetector detector = BaselineDetectors.loginRarity(RarityRules.DEFAULT, EntityLimits.DEFAULT);
        for (int day = 0; day < 200; day += 30) {
            detector.observe(login("alice", T0.plus(Duration.ofDays(day))), RiskView.NONE);
        }

        assertThat(detector.entityCount()).isEqualTo(1);
        assertThat(detector.entityUsage().getFirst().expired()).isZero();
    }

    @Test
    void failureBurst_keepsOnlyUsersWithRecentFailures() {
        FailureBurstDetector detector =
                new FailureBurstDetector(Duration.ofMinutes(10), 5, new EntityLimits(Duration.ofDays(90), 100));
        for (int user = 0; user < 50; user++) {
            detector.observe(login("user-" + user, T0.plusSeconds(user)), RiskView.NONE);
        }
        detector.observe(TestEvents.failedLogin(T0.plusSeconds(60), "mallory").build(), RiskView.NONE);

        assertThat(detector.entityUsage().getFirst().entities()).isEqualTo(1);
    }

    @Test
    void everyStatefulBaselineDetector_reportsItsTables() {
        for (Detector detector : BaselineDetectors.standard()) {
            if (!(detector instanceof SensitiveActionDetector)) {
                assertThat(detector).as(detector.name()).isInstanceOf(EntityBounded.class);
            }
        }
    }

    @Test
    void standardPipeline_appliesTheLimitsToEveryTable() {
        DetectionPipeline pipeline = DetectionPipeline.standard(
                AddressIntel.EMPTY, ForestSettings.DEFAULT, new EntityLimits(Duration.ofDays(30), 500));

        assertThat(pipeline.entityUsage())
                .extracting(EntityTableUsage::table)
                .contains(
                        BaselineDetectors.LOGIN_RARITY,
                        BaselineDetectors.HOST_PROCESS_RARITY,
                        "session_reuse_new_network.sessions");
        assertThat(pipeline.entityUsage())
                .allSatisfy(table -> assertThat(table.limit()).isEqualTo(500));
    }

    private static Event login(String user, Instant time) {
        return TestEvents.login(time, user)
                .with("source.geo.country_iso_code", "US")
                .with("source.as.number", "7922")
                .with("custos.device.id", "dev-" + user)
                .build();
    }
}
