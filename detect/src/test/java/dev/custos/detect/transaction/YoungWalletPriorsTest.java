package dev.custos.detect.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.detect.RiskView;
import dev.custos.detect.TestEvents;
import dev.custos.detect.event.Event;
import dev.custos.detect.explain.Finding;
import dev.custos.detect.forest.ForestSettings;
import dev.custos.detect.intel.AddressIntel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class YoungWalletPriorsTest {
    private static final Instant T0 = Instant.parse("2025-03-03T00:00:00Z");
    private static final double YOUNG_BALANCE = 10_000_000;
    private static final String DESK = "0x1111111111111111111111111111111111111111";

    private final TransactionRiskDetector detector =
            new TransactionRiskDetector(AddressIntel.builder().build(), new ForestSettings(1, 2, 16, 4, 1.0));
    private final SplittableRandom random = new SplittableRandom(3);

    @Test
    void largeFirstPayment_fromAYoungWallet_isCaught() {
        orgHistory();

        List<Finding> findings = observe(request(T0.plus(Duration.ofDays(20)), "young", freshAddress(), 4_000_000));

        assertThat(findings)
                .filteredOn(finding -> finding.detector().equals(TransactionRiskDetector.YOUNG_WALLET_PRIOR))
                .singleElement()
                .satisfies(finding -> {
                    // 40 base + amount above the tier's 99th percentile + a destination nobody ever paid.
                    assertThat(finding.score()).isEqualTo(60);
                    assertThat(finding.explain())
                            .contains("40.0%")
                            .contains("never paid or allowlisted by any wallet of the organisation");
                });
    }

    @Test
    void normalPayments_fromAYoungWallet_stayQuiet() {
        orgHistory();
        List<Finding> findings = new ArrayList<>();
        for (int index = 0; index < 15; index++) {
            double amount = YOUNG_BALANCE * (0.005 + 0.03 * random.nextDouble());
            findings.addAll(
                    observe(request(T0.plus(Duration.ofDays(20)).plusSeconds(60L * index), "young", DESK, amount)));
        }

        assertThat(findings).extracting(Finding::detector).doesNotContain(TransactionRiskDetector.YOUNG_WALLET_PRIOR);
    }

    @Test
    void jumpToATrustedCounterparty_isCaught() {
        orgHistory();
        for (int index = 0; index < 8; index++) {
            observe(request(T0.plus(Duration.ofDays(10 + index)), "young", DESK, 40_000 * Math.pow(1.35, index)));
        }

        List<Finding> findings = observe(request(T0.plus(Duration.ofDays(20)), "young", DESK, 3_500_000));

        assertThat(findings)
                .filteredOn(finding -> finding.detector().equals(TransactionRiskDetector.YOUNG_WALLET_PRIOR))
                .singleElement()
                .satisfies(finding -> assertThat(finding.explain()).contains("never paid more than"));
    }

    @Test
    void walletWithEnoughHistory_isLeftToItsOwnBaselines() {
        orgHistory();
        for (int index = 0; index < YoungWalletPriors.MIN_HISTORY; index++) {
            observe(request(T0.plus(Duration.ofDays(10)).plusSeconds(index), "young", DESK, 50_000));
        }

        List<Finding> findings = observe(request(T0.plus(Duration.ofDays(20)), "young", freshAddress(), 4_000_000));

        assertThat(findings).extracting(Finding::detector).doesNotContain(TransactionRiskDetector.YOUNG_WALLET_PRIOR);
    }

    @Test
    void withoutAnOrgWideSample_nothingFires() {
        List<Finding> findings = observe(request(T0, "young", freshAddress(), 4_000_000));

        assertThat(findings).extracting(Finding::detector).doesNotContain(TransactionRiskDetector.YOUNG_WALLET_PRIOR);
    }

    /** 250 requests of an established warm wallet: at most 5 % of its balance, median 0.1 %. */
    private void orgHistory() {
        for (int index = 0; index < 250; index++) {
            double share = Math.min(0.05, 0.001 * Math.exp(1.2 * random.nextGaussian()));
            observe(request(T0.plusSeconds(600L * index), "busy", freshAddress(), 100_000_000 * share)
                    .with("custos.wallet.balance_usd", 100_000_000)
                    .build());
        }
    }

    private List<Finding> observe(TestEvents event) {
        return observe(event.build());
    }

    private List<Finding> observe(Event event) {
        return detector.observe(event, RiskView.NONE);
    }

    private TestEvents request(Instant time, String wallet, String to, double amount) {
        return TestEvents.signing(time, "ops-1", wallet, to, amount)
                .with("custos.wallet.tier", "warm")
                .with("custos.wallet.balance_usd", YOUNG_BALANCE);
    }

    private String freshAddress() {
        return String.format("0x%040x", random.nextLong() & Long.MAX_VALUE);
    }
}
