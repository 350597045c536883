package dev.custos.detect.credential;

import static dev.custos.detect.TestEvents.login;
import static dev.custos.detect.TestEvents.signing;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.detect.RiskView;
import dev.custos.detect.TestEvents;
import dev.custos.detect.explain.Finding;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CredentialDetectorTest {
    private static final Instant T0 = Instant.parse("2025-03-03T00:00:00Z");
    private static final String TO = "0x1234567890123456789012345678901234567890";

    /** A payout service: 14 days, about 12 requests an hour at random times, always from its data centre. */
    private static List<Finding> serviceHistory(CredentialDetector detector) {
        Random random = new Random(7);
        List<Finding> findings = new ArrayList<>();
        Instant time = T0;
        Instant end = T0.plus(Duration.ofDays(14));
        while (time.isBefore(end)) {
            time = time.plusSeconds(1 + (long) (-Math.log(1 - random.nextDouble()) * 300));
            findings.addAll(detector.observe(
                    service(time)
                            .with("source.as.number", 14618L)
                            .with("user_agent.original", "payouts/1.4")
                            .build(),
                    RiskView.NONE));
        }
        return findings;
    }

    private static TestEvents service(Instant time) {
        return signing(time, "svc-payouts", "hot-eth", TO, 900).with("custos.wallet.tier", "hot");
    }

    @Test
    void ordinaryTraffic_raisesNoOriginFinding_andBurstsStayRare() {
        CredentialDetector detector = new CredentialDetector();
        List<Finding> findings = serviceHistory(detector);
        assertThat(findings).noneMatch(finding -> finding.detector().equals(CredentialDetector.ORIGIN));
        // About 4,000 requests: a calibrated burst test at p <= 1 % may fire on about 1 % of them, not more.
        assertThat(findings.stream()
                        .filter(f -> f.detector().equals(CredentialDetector.BURST))
                        .count())
                .isLessThan(40);
    }

    @Test
    void stolenToken_fromANewNetworkAndClient_isHighRiskAtTheFirstRequest_andStaysSoForTheWholeDrain() {
        CredentialDetector detector = new CredentialDetector();
        serviceHistory(detector);
        Instant drain = T0.plus(Duration.ofDays(14)).plusSeconds(7_200);

        List<Integer> scores = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            List<Finding> findings = detector.observe(
                    service(drain.plusSeconds(2L * i))
                            .with("source.as.number", 60781L)
                            .with("user_agent.original", "python-requests/2.31")
                            .build(),
                    RiskView.NONE);
            scores.add(findings.stream()
                    .filter(f -> f.detector().equals(CredentialDetector.ORIGIN))
                    .mapToInt(Finding::score)
                    .max()
                    .orElse(0));
            if (i >= 10) {
                assertThat(findings).anyMatch(f -> f.detector().equals(CredentialDetector.BURST) && f.score() >= 50);
            }
        }
        assertThat(scores.getFirst()).isGreaterThanOrEqualTo(60);
        // Quarantine: the attacker's network is not learned from the drain's own requests.
        assertThat(scores).allMatch(score -> score >= 60);
    }

    @Test
    void aNetworkSeenOnThreeDays_isLearned() {
        CredentialDetector detector = new CredentialDetector();
        serviceHistory(detector);
        Instant later = T0.plus(Duration.ofDays(14));
        int last = 0;
        for (int day = 0; day < 4; day++) {
            List<Finding> findings = detector.observe(
                    service(later.plus(Duration.ofDays(day)))
                            .with("source.as.number", 16509L)
                            .with("user_agent.original", "payouts/1.4")
                            .build(),
                    RiskView.NONE);
            last = findings.stream()
                    .filter(f -> f.detector().equals(CredentialDetector.ORIGIN))
                    .mapToInt(Finding::score)
                    .max()
                    .orElse(0);
        }
        assertThat(last).isLessThan(40);
    }

    @Test
    void loginsTeachTheBaseline_andAPersonWithManyNetworksGetsOnlyWeakEvidence() {
        CredentialDetector detector = new CredentialDetector();
        for (int day = 0; day < 30; day++) {
            detector.observe(
                    login(T0.plus(Duration.ofDays(day)), "ana")
                            .with("source.as.number", 100L + day % 6)
                            .build(),
                    RiskView.NONE);
        }
        List<Finding> findings = detector.observe(
                signing(T0.plus(Duration.ofDays(31)), "ana", "warm-1", TO, 5_000)
                        .with("source.as.number", 999L)
                        .build(),
                RiskView.NONE);
        assertThat(findings).allMatch(finding -> finding.score() < 33);
    }

    @Test
    void checkpoint_restoresTheSameBehaviour() {
        CredentialDetector original = new CredentialDetector();
        serviceHistory(original);
        CredentialDetector restored = new CredentialDetector();
        restored.restore(original.checkpoint());
        assertThat(restored.checkpoint()).isEqualTo(original.checkpoint());

        Instant next = T0.plus(Duration.ofDays(14)).plusSeconds(60);
        var event = service(next).with("source.as.number", 60781L).build();
        assertThat(restored.observe(event, RiskView.NONE)).isEqualTo(original.observe(event, RiskView.NONE));
    }

    @Test
    void network_isTheAsNumberElseTheAddressPrefix() {
        assertThat(CredentialDetector.network(
                        service(T0).with("source.ip", "203.0.113.9").build()))
                .contains("ip 203.0.0.0/16");
        assertThat(CredentialDetector.network(
                        service(T0).with("source.as.number", 64500L).build()))
                .contains("AS64500");
        assertThat(CredentialDetector.network(service(T0).build())).isEmpty();
    }
}
