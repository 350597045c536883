package dev.custos.detect.baseline;

import static dev.custos.detect.TestEvents.login;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.detect.RiskView;
import dev.custos.detect.TestEvents;
import dev.custos.detect.explain.EntityRef;
import dev.custos.detect.explain.FeatureEvidence;
import dev.custos.detect.explain.Finding;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoginRarityTest {
    private static final Instant MONDAY = Instant.parse("2025-01-06T14:00:00Z");

    @Test
    void routineLogins_stayQuiet() {
        RarityDetector detector = BaselineDetectors.loginRarity(RarityRules.DEFAULT);

        List<Finding> findings = warmUp(detector, 30);

        assertThat(findings).isEmpty();
    }

    @Test
    void loginFromNewCountryAsnAndDevice_fires_withTheBaselineItBroke() {
        RarityDetector detector = BaselineDetectors.loginRarity(RarityRules.DEFAULT);
        warmUp(detector, 30);

        List<Finding> findings = detector.observe(
                usual(MONDAY.plus(Duration.ofDays(30)))
                        .with("source.geo.country_iso_code", "RO")
                        .with("source.as.number", 9009)
                        .with("custos.device.id", "dev-unknown")
                        .build(),
                RiskView.NONE);

        assertThat(findings).hasSize(1);
        Finding finding = findings.getFirst();
        assertThat(finding.detector()).isEqualTo(BaselineDetectors.LOGIN_RARITY);
        assertThat(finding.primaryEntity()).isEqualTo(EntityRef.user("alice"));
        assertThat(finding.features()).extracting(FeatureEvidence::feature).containsExactly("country", "asn", "device");
        FeatureEvidence country = finding.features().getFirst();
        assertThat(country.value()).isEqualTo("RO");
        assertThat(country.baseline()).contains("never seen").contains("usual: US");
        assertThat(finding.score()).isGreaterThan(50);
        assertThat(finding.explain()).contains("country=RO");
    }

    @Test
    void newValue_beforeMinimumHistory_doesNotFire() {
        RarityDetector detector = BaselineDetectors.loginRarity(RarityRules.DEFAULT);
        warmUp(detector, RarityRules.DEFAULT.minimumHistory() - 1);

        List<Finding> findings = detector.observe(
                usual(MONDAY.plus(Duration.ofDays(20)))
                        .with("source.geo.country_iso_code", "RO")
                        .build(),
                RiskView.NONE);

        assertThat(findings).isEmpty();
    }

    @Test
    void failedLogin_isNeitherScoredNorLearned() {
        RarityDetector detector = BaselineDetectors.loginRarity(RarityRules.DEFAULT);
        warmUp(detector, 30);
        Instant later = MONDAY.plus(Duration.ofDays(31));

        List<Finding> failed = detector.observe(
                TestEvents.failedLogin(later, "alice")
                        .with("source.geo.country_iso_code", "RO")
                        .build(),
                RiskView.NONE);
        List<Finding> success = detector.observe(
                usual(later.plusSeconds(60))
                        .with("source.geo.country_iso_code", "RO")
                        .build(),
                RiskView.NONE);

        assertThat(failed).isEmpty();
        assertThat(success)
                .singleElement()
                .satisfies(finding -> assertThat(finding.features())
                        .extracting(FeatureEvidence::value)
                        .contains("RO"));
    }

    @Test
    void valueSeenOften_becomesFamiliar() {
        RarityDetector detector = BaselineDetectors.loginRarity(RarityRules.DEFAULT);
        warmUp(detector, 30);
        Instant start = MONDAY.plus(Duration.ofDays(30));

        List<Finding> last = List.of();
        for (int i = 0; i < 10; i++) {
            last = detector.observe(
                    usual(start.plus(Duration.ofDays(i)))
                            .with("custos.device.id", "dev-new-laptop")
                            .build(),
                    RiskView.NONE);
        }

        assertThat(last).isEmpty();
    }

    @Test
    void hourOfWeek_neighbouringHoursAreFamiliar() {
        assertThat(HourOfWeek.bucket(Instant.parse("2025-01-06T14:30:00Z"))).isEqualTo("weekday-14");
        assertThat(HourOfWeek.bucket(Instant.parse("2025-01-05T03:00:00Z"))).isEqualTo("weekend-03");
        assertThat(HourOfWeek.neighbors("weekday-00")).contains("weekday-23", "weekday-01", "weekday-22");
    }

    private static List<Finding> warmUp(RarityDetector detector, int logins) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < logins; i++) {
            Instant day = MONDAY.plus(Duration.ofDays(i / 5 * 7 + i % 5));
            findings.addAll(detector.observe(usual(day).build(), RiskView.NONE));
        }
        return findings;
    }

    private static TestEvents usual(Instant time) {
        return login(time, "alice")
                .with("source.geo.country_iso_code", "US")
                .with("source.as.number", 7922)
                .with("custos.device.id", "dev-alice")
                .with("user_agent.original", "Chrome")
                .with("custos.auth.method", "webauthn");
    }
}
