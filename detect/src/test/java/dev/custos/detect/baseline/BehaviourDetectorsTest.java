package dev.custos.detect.baseline;

import static dev.custos.detect.TestEvents.failedLogin;
import static dev.custos.detect.TestEvents.login;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.detect.RiskView;
import dev.custos.detect.TestEvents;
import dev.custos.detect.explain.EntityRef;
import dev.custos.detect.explain.Finding;
import dev.custos.detect.explain.KillChainStage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BehaviourDetectorsTest {
    private static final Instant T0 = Instant.parse("2025-02-18T08:00:00Z");

    @Test
    void impossibleTravel_newYorkThenBucharestInTwoHours_fires() {
        ImpossibleTravelDetector detector = new ImpossibleTravelDetector();
        detector.observe(located(T0, 40.71, -74.0, "US"), RiskView.NONE);

        List<Finding> findings =
                detector.observe(located(T0.plus(Duration.ofHours(2)), 44.43, 26.10, "RO"), RiskView.NONE);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.detector()).isEqualTo(ImpossibleTravelDetector.NAME);
            assertThat(finding.summary()).contains("RO").contains("US");
            assertThat(finding.features().getFirst().feature()).isEqualTo("travel_speed_kmh");
            assertThat(Double.parseDouble(finding.features().getFirst().value()))
                    .isGreaterThan(3000);
        });
    }

    @Test
    void impossibleTravel_sameFlightWithEnoughTime_staysQuiet() {
        ImpossibleTravelDetector detector = new ImpossibleTravelDetector();
        detector.observe(located(T0, 40.71, -74.0, "US"), RiskView.NONE);

        List<Finding> findings =
                detector.observe(located(T0.plus(Duration.ofHours(12)), 44.43, 26.10, "RO"), RiskView.NONE);

        assertThat(findings).isEmpty();
    }

    @Test
    void failureBurst_fiveFailuresInTenMinutes_firesOnce_thenSuccessFiresHigher() {
        FailureBurstDetector detector = new FailureBurstDetector();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            findings.addAll(
                    detector.observe(failedLogin(T0.plusSeconds(30L * i), "bob").build(), RiskView.NONE));
        }
        assertThat(findings)
                .singleElement()
                .satisfies(finding ->
                        assertThat(finding.features().getFirst().value()).startsWith("5 in 10 min"));

        List<Finding> success =
                detector.observe(login(T0.plusSeconds(300), "bob").build(), RiskView.NONE);

        assertThat(success).singleElement().satisfies(finding -> {
            assertThat(finding.score()).isGreaterThan(findings.getFirst().score());
            assertThat(finding.summary()).contains("success right after");
        });
    }

    @Test
    void failureBurst_survivesCheckpointAndRestore() {
        FailureBurstDetector before = new FailureBurstDetector();
        for (int i = 0; i < 3; i++) {
            before.observe(failedLogin(T0.plusSeconds(30L * i), "bob").build(), RiskView.NONE);
        }
        FailureBurstDetector after = new FailureBurstDetector();
        after.restore(before.checkpoint());

        List<Finding> findings = new ArrayList<>();
        for (int i = 3; i < 5; i++) {
            findings.addAll(
                    after.observe(failedLogin(T0.plusSeconds(30L * i), "bob").build(), RiskView.NONE));
        }

        assertThat(findings).hasSize(1);
        assertThat(after.checkpoint()).isNotEqualTo(before.checkpoint());
    }

    @Test
    void mfaResetAndSessions_surviveCheckpointAndRestore() {
        MfaResetNewDeviceDetector mfa = new MfaResetNewDeviceDetector();
        mfa.observe(login(T0, "carol").with("custos.device.id", "dev-carol").build(), RiskView.NONE);
        mfa.observe(
                TestEvents.event(T0.plus(Duration.ofHours(1)), "iam", "mfa_reset")
                        .with("user.target.name", "carol")
                        .build(),
                RiskView.NONE);
        SessionReuseDetector sessions = new SessionReuseDetector();
        sessions.observe(network(T0, "webauthn", 7922, "US").build(), RiskView.NONE);
        MfaResetNewDeviceDetector restoredMfa = new MfaResetNewDeviceDetector();
        restoredMfa.restore(mfa.checkpoint());
        SessionReuseDetector restoredSessions = new SessionReuseDetector();
        restoredSessions.restore(sessions.checkpoint());

        assertThat(restoredMfa.observe(
                        login(T0.plus(Duration.ofHours(2)), "carol")
                                .with("custos.device.id", "dev-new")
                                .build(),
                        RiskView.NONE))
                .hasSize(1);
        assertThat(restoredSessions.observe(
                        network(T0.plusSeconds(60), "session_cookie", 9009, "RO")
                                .build(),
                        RiskView.NONE))
                .hasSize(1);
    }

    @Test
    void failureBurst_failuresSpreadOverHours_staysQuiet() {
        FailureBurstDetector detector = new FailureBurstDetector();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            findings.addAll(detector.observe(
                    failedLogin(T0.plus(Duration.ofMinutes(30L * i)), "bob").build(), RiskView.NONE));
        }
        assertThat(findings).isEmpty();
    }

    @Test
    void mfaResetThenNewDevice_fires() {
        MfaResetNewDeviceDetector detector = new MfaResetNewDeviceDetector();
        detector.observe(
                login(T0, "carol").with("custos.device.id", "dev-carol").build(), RiskView.NONE);
        detector.observe(
                TestEvents.event(T0.plus(Duration.ofHours(1)), "iam", "mfa_reset")
                        .with("user.name", "helpdesk")
                        .with("user.target.name", "carol")
                        .build(),
                RiskView.NONE);

        List<Finding> findings = detector.observe(
                login(T0.plus(Duration.ofHours(2)), "carol")
                        .with("custos.device.id", "dev-attacker")
                        .build(),
                RiskView.NONE);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.entities()).containsExactly(EntityRef.user("carol"), EntityRef.device("dev-attacker"));
            assertThat(finding.stage()).isEqualTo(KillChainStage.PERSISTENCE);
            assertThat(finding.summary()).contains("helpdesk");
        });
    }

    @Test
    void mfaResetThenKnownDevice_staysQuiet() {
        MfaResetNewDeviceDetector detector = new MfaResetNewDeviceDetector();
        detector.observe(
                login(T0, "carol").with("custos.device.id", "dev-carol").build(), RiskView.NONE);
        detector.observe(
                TestEvents.event(T0.plus(Duration.ofHours(1)), "iam", "mfa_reset")
                        .with("user.target.name", "carol")
                        .build(),
                RiskView.NONE);

        List<Finding> findings = detector.observe(
                login(T0.plus(Duration.ofHours(2)), "carol")
                        .with("custos.device.id", "dev-carol")
                        .build(),
                RiskView.NONE);

        assertThat(findings).isEmpty();
    }

    @Test
    void sessionCookieFromAnotherNetwork_fires_sameNetwork_staysQuiet() {
        SessionReuseDetector detector = new SessionReuseDetector();
        detector.observe(
                network(T0, "webauthn", 7922, "US")
                        .with("custos.session.id", "s1")
                        .build(),
                RiskView.NONE);

        List<Finding> sameNetwork = detector.observe(
                network(T0.plusSeconds(600), "session_cookie", 7922, "US")
                        .with("custos.session.id", "s1")
                        .build(),
                RiskView.NONE);
        List<Finding> otherNetwork = detector.observe(
                network(T0.plusSeconds(1200), "session_cookie", 9009, "RO")
                        .with("custos.session.id", "s1")
                        .build(),
                RiskView.NONE);

        assertThat(sameNetwork).isEmpty();
        assertThat(otherNetwork).singleElement().satisfies(finding -> {
            assertThat(finding.features().getFirst().value()).isEqualTo("AS9009/RO");
            assertThat(finding.features().getFirst().baseline()).contains("AS7922/US");
        });
    }

    @Test
    void sensitiveAction_shareBackupAccessOnColdWallet_isKeyAccess() {
        SensitiveActionDetector detector = new SensitiveActionDetector();

        List<Finding> findings = detector.observe(
                TestEvents.event(T0, "api", "wallet.share_backup_access")
                        .with("user.name", "alice")
                        .with("custos.wallet.id", "cold-1")
                        .with("custos.wallet.tier", "cold")
                        .build(),
                RiskView.NONE);
        List<Finding> view = detector.observe(
                TestEvents.event(T0, "api", "wallet.view")
                        .with("user.name", "alice")
                        .build(),
                RiskView.NONE);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.stage()).isEqualTo(KillChainStage.KEY_ACCESS);
            assertThat(finding.entities()).containsExactly(EntityRef.user("alice"), EntityRef.wallet("cold-1"));
        });
        assertThat(view).isEmpty();
    }

    @Test
    void hostProcessRarity_newBinaryOnAHost_firesForUserAndHost() {
        RarityDetector detector = BaselineDetectors.hostProcessRarity(RarityRules.DEFAULT);
        for (int i = 0; i < 20; i++) {
            assertThat(detector.observe(exec(T0.plus(Duration.ofHours(i)), i % 2 == 0 ? "git" : "ssh"), RiskView.NONE))
                    .isEmpty();
        }

        List<Finding> findings = detector.observe(exec(T0.plus(Duration.ofDays(2)), "AnyDesk"), RiskView.NONE);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.entities()).containsExactly(EntityRef.user("dave"), EntityRef.host("signer-01"));
            assertThat(finding.features().getFirst().value()).isEqualTo("AnyDesk");
        });
    }

    private static dev.custos.detect.event.Event exec(Instant time, String process) {
        return TestEvents.event(time, "process", "exec")
                .with("user.name", "dave")
                .with("host.name", "signer-01")
                .with("process.name", process)
                .with("process.parent.name", "bash")
                .build();
    }

    private static dev.custos.detect.event.Event located(Instant time, double lat, double lon, String country) {
        return login(time, "alice")
                .with("source.geo.location.lat", lat)
                .with("source.geo.location.lon", lon)
                .with("source.geo.country_iso_code", country)
                .build();
    }

    private static TestEvents network(Instant time, String method, long asn, String country) {
        return login(time, "erin")
                .with("custos.auth.method", method)
                .with("source.as.number", asn)
                .with("source.geo.country_iso_code", country);
    }
}
