package dev.custos.detect.transaction;

import static dev.custos.detect.TestEvents.signing;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.detect.RiskView;
import dev.custos.detect.TestEvents;
import dev.custos.detect.explain.Finding;
import dev.custos.detect.explain.FindingSeverity;
import dev.custos.detect.forest.ForestSettings;
import dev.custos.detect.intel.AddressIntel;
import dev.custos.detect.intel.IntelCategory;
import dev.custos.detect.intel.IntelEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TransactionRiskDetectorTest {
    private static final Instant T0 = Instant.parse("2025-01-06T10:00:00Z");
    private static final List<String> COUNTERPARTIES = List.of(
            "0xa9d1e08c7793af67e9d92fe308d5697fb81d3e43",
            "0x28c6c06298d514db089934071355e5743bf21d60",
            "0x21a31ee1afc51d94c2efccaa2092ad1028285549");
    private static final String SANCTIONED = "0x7f367cc41522ce07553e823bf3be79a889debe1b";

    private final TransactionRiskDetector detector = new TransactionRiskDetector(
            AddressIntel.builder()
                    .add(new IntelEntry(SANCTIONED, IntelCategory.SANCTIONED, "", "test-list"))
                    .build(),
            ForestSettings.DEFAULT);

    @Test
    void routineRequests_toKnownCounterparties_stayQuiet() {
        List<Finding> findings = history(60);

        assertThat(findings)
                .extracting(Finding::detector)
                .doesNotContain(
                        TransactionRiskDetector.NEW_DESTINATION,
                        TransactionRiskDetector.AMOUNT_OUTLIER,
                        TransactionRiskDetector.BALANCE_SHARE,
                        TransactionRiskDetector.LOOK_ALIKE);
    }

    @Test
    void drainToFreshAddress_firesNoveltyAmountShareVelocityAndForest() {
        history(60);

        List<Finding> findings = detector.observe(
                request(T0.plus(Duration.ofDays(61)), "0x00000000000000000000000000000000deadbeef", 9_000_000),
                RiskView.NONE);

        assertThat(findings)
                .extracting(Finding::detector)
                .contains(
                        TransactionRiskDetector.NEW_DESTINATION,
                        TransactionRiskDetector.AMOUNT_OUTLIER,
                        TransactionRiskDetector.BALANCE_SHARE,
                        TransactionRiskDetector.VELOCITY,
                        TransactionRiskDetector.FOREST);
        Finding share = findings.stream()
                .filter(finding -> finding.detector().equals(TransactionRiskDetector.BALANCE_SHARE))
                .findFirst()
                .orElseThrow();
        assertThat(share.features().getFirst().value()).isEqualTo("90.0%");
        Finding forest = findings.stream()
                .filter(finding -> finding.detector().equals(TransactionRiskDetector.FOREST))
                .findFirst()
                .orElseThrow();
        assertThat(forest.features()).hasSize(2);
        assertThat(forest.features().getFirst().baseline()).contains("of the anomaly; wallet mean");
    }

    @Test
    void lookAlikeOfKnownCounterparty_firesAndAlwaysAlerts() {
        history(30);
        String poisoned = "0xa9d1000000000000000000000000000000003e43";

        List<Finding> findings =
                detector.observe(request(T0.plus(Duration.ofDays(31)), poisoned, 20_000), RiskView.NONE);

        assertThat(findings).anySatisfy(finding -> {
            assertThat(finding.detector()).isEqualTo(TransactionRiskDetector.LOOK_ALIKE);
            assertThat(finding.severity()).isEqualTo(FindingSeverity.ALWAYS_ALERT);
            assertThat(finding.summary()).contains(COUNTERPARTIES.getFirst());
        });
    }

    @Test
    void sanctionedDestination_deniesEvenWithoutHistory() {
        List<Finding> findings = detector.observe(
                request(T0, SANCTIONED.toUpperCase(Locale.ROOT).replace("0X", "0x"), 10), RiskView.NONE);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.detector()).isEqualTo(TransactionRiskDetector.SANCTIONED);
            assertThat(finding.severity()).isEqualTo(FindingSeverity.DENY);
            assertThat(finding.score()).isEqualTo(100);
        });
    }

    @Test
    void safeDelegatecall_fires() {
        List<Finding> findings = detector.observe(
                TestEvents.signing(T0, "alice", "cold-1", COUNTERPARTIES.getFirst(), 10)
                        .with("custos.tx.safe.operation", 1)
                        .with("custos.tx.safe.to", "0x96221423681a6d52e184d440a8efcebb105c7242")
                        .build(),
                RiskView.NONE);

        assertThat(findings).extracting(Finding::detector).contains(TransactionRiskDetector.DELEGATECALL);
    }

    @Test
    void allowlistAdditionOfLookAlike_firesAsStaging() {
        history(10);

        List<Finding> findings = detector.observe(
                TestEvents.event(T0.plus(Duration.ofDays(11)), "api", "wallet.allowlist_add")
                        .with("user.name", "mallory")
                        .with("custos.wallet.id", "hot-1")
                        .with("custos.allowlist.address", "0x28c6000000000000000000000000000000001d60")
                        .build(),
                RiskView.NONE);

        assertThat(findings)
                .singleElement()
                .satisfies(finding -> assertThat(finding.detector()).isEqualTo(TransactionRiskDetector.LOOK_ALIKE));
    }

    @Test
    void transferOutToAddressNoRequestNamed_isUnrequestedOutflow() {
        history(10);

        List<Finding> findings = detector.observe(
                TestEvents.event(T0.plus(Duration.ofDays(11)), "network", "chain.transfer_out")
                        .with("custos.wallet.id", "hot-1")
                        .with("custos.tx.to", "0x1234567890123456789012345678901234567890")
                        .with("custos.tx.amount_usd", 4_000_000.0)
                        .build(),
                RiskView.NONE);
        List<Finding> known = detector.observe(
                TestEvents.event(T0.plus(Duration.ofDays(11)), "network", "chain.transfer_out")
                        .with("custos.wallet.id", "hot-1")
                        .with("custos.tx.to", COUNTERPARTIES.get(1))
                        .with("custos.tx.amount_usd", 20_000.0)
                        .build(),
                RiskView.NONE);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.detector()).isEqualTo(TransactionRiskDetector.UNREQUESTED_OUTFLOW);
            assertThat(finding.score()).isEqualTo(70);
        });
        assertThat(known).isEmpty();
    }

    @Test
    void pastTheCounterpartyCap_transfersThatRequestsNamed_stayQuiet_andAnUnrequestedOneFires() {
        List<Finding> findings = new ArrayList<>();
        int customers = 600;
        for (int i = 0; i < customers; i++) {
            Instant time = T0.plus(Duration.ofMinutes(10L * i));
            String customer = String.format(java.util.Locale.ROOT, "0x%040x", i + 1);
            findings.addAll(detector.observe(request(time, customer, 500), RiskView.NONE));
            findings.addAll(detector.observe(transfer(time.plus(Duration.ofMinutes(3)), customer, 500), RiskView.NONE));
        }

        List<Finding> stranger = detector.observe(
                transfer(T0.plus(Duration.ofMinutes(10L * customers)), "0x" + "9".repeat(40), 500), RiskView.NONE);

        assertThat(findings).extracting(Finding::detector).doesNotContain(TransactionRiskDetector.UNREQUESTED_OUTFLOW);
        assertThat(stranger).singleElement().satisfies(finding -> {
            assertThat(finding.detector()).isEqualTo(TransactionRiskDetector.UNREQUESTED_OUTFLOW);
            assertThat(finding.explain()).contains("nor requested in the last 24 hours");
        });
    }

    private static dev.custos.detect.event.Event transfer(Instant time, String to, double amountUsd) {
        return TestEvents.event(time, "network", "chain.transfer_out")
                .with("custos.wallet.id", "hot-1")
                .with("custos.tx.to", to)
                .with("custos.tx.amount_usd", amountUsd)
                .build();
    }

    private List<Finding> history(int requests) {
        SplittableRandom random = new SplittableRandom(11);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            double amount = Math.exp(random.nextDouble(Math.log(5_000), Math.log(50_000)));
            Instant time = T0.plus(Duration.ofDays(i)).plus(Duration.ofHours(random.nextInt(6)));
            findings.addAll(detector.observe(
                    request(time, COUNTERPARTIES.get(i % COUNTERPARTIES.size()), amount), RiskView.NONE));
        }
        return findings;
    }

    private static dev.custos.detect.event.Event request(Instant time, String to, double amountUsd) {
        return signing(time, "alice", "hot-1", to, amountUsd)
                .with("custos.wallet.balance_usd", 10_000_000.0)
                .with("custos.wallet.tier", "hot")
                .build();
    }
}
