package dev.custos.detect.transaction;

import static dev.custos.detect.TestEvents.signing;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.RiskView;
import dev.custos.detect.event.Event;
import dev.custos.detect.explain.Finding;
import dev.custos.detect.forest.ForestSettings;
import dev.custos.detect.intel.AddressIntel;
import dev.custos.detect.state.EntityLimits;
import dev.custos.detect.state.EntityTableUsage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WalletBoundsTest {
    private static final Instant T0 = Instant.parse("2025-01-06T10:00:00Z");
    private static final String KNOWN = "0xa9d1e08c7793af67e9d92fe308d5697fb81d3e43";
    private static final String FRESH = "0x00000000000000000000000000000000deadbeef";
    private static final ForestSettings FOREST = new ForestSettings(1, 2, 16, 4, 1.0);

    @Test
    void walletLimits_keepTheExpiry_andCapAtTenThousandWallets() {
        EntityLimits small = new EntityLimits(Duration.ofDays(30), 500);

        assertThat(TransactionRiskDetector.walletLimits(EntityLimits.DEFAULT))
                .isEqualTo(new EntityLimits(EntityLimits.DEFAULT.idleExpiry(), TransactionRiskDetector.MAX_WALLETS));
        assertThat(TransactionRiskDetector.walletLimits(small)).isEqualTo(small);
        assertThat(TransactionRiskDetector.MAX_WALLETS).isEqualTo(10_000);
    }

    @Test
    void cap_forgetsTheLeastRecentlySeenWallet() {
        TransactionRiskDetector detector = detector(new EntityLimits(Duration.ofDays(90), 2));
        detector.observe(request(T0, "hot-1", KNOWN), RiskView.NONE);
        detector.observe(request(T0.plusSeconds(1), "hot-2", KNOWN), RiskView.NONE);
        detector.observe(request(T0.plusSeconds(2), "hot-1", KNOWN), RiskView.NONE);
        detector.observe(request(T0.plusSeconds(3), "hot-3", KNOWN), RiskView.NONE);

        assertThat(usage(detector).entities()).isEqualTo(2);
        assertThat(usage(detector).evicted()).isEqualTo(1);
        assertThat(walletIds(detector)).containsExactly("hot-1", "hot-3");
    }

    @Test
    void idleWallet_expires_andLosesItsHistory() {
        TransactionRiskDetector detector = detector(new EntityLimits(Duration.ofDays(10), 100));
        for (int day = 0; day < 30; day++) {
            detector.observe(request(T0.plus(Duration.ofHours(day * 6L)), "hot-1", KNOWN), RiskView.NONE);
        }
        List<Finding> whileKnown =
                detector.observe(request(T0.plus(Duration.ofDays(8)), "hot-1", FRESH), RiskView.NONE);
        detector.observe(request(T0.plus(Duration.ofDays(30)), "hot-2", KNOWN), RiskView.NONE);

        List<Finding> afterExpiry = detector.observe(
                request(T0.plus(Duration.ofDays(30)), "hot-1", "0x00000000000000000000000000000000deadbeee"),
                RiskView.NONE);

        assertThat(whileKnown).extracting(Finding::detector).contains(TransactionRiskDetector.NEW_DESTINATION);
        assertThat(afterExpiry).extracting(Finding::detector).doesNotContain(TransactionRiskDetector.NEW_DESTINATION);
        assertThat(usage(detector).expired()).isEqualTo(1);
    }

    @Test
    void checkpoint_roundTripsHistoriesForestsAndTheTable_deterministically() {
        EntityLimits limits = new EntityLimits(Duration.ofDays(90), 3);
        TransactionRiskDetector detector = detector(limits);
        TransactionRiskDetector twin = detector(limits);
        for (TransactionRiskDetector each : List.of(detector, twin)) {
            for (int i = 0; i < 12; i++) {
                each.observe(request(T0.plus(Duration.ofHours(i)), "hot-" + (i % 4), KNOWN), RiskView.NONE);
            }
        }
        TransactionRiskDetector restored = detector(limits);
        restored.restore(detector.checkpoint());

        assertThat(twin.checkpoint()).isEqualTo(detector.checkpoint());
        assertThat(restored.checkpoint()).isEqualTo(detector.checkpoint());
        assertThat(restored.entityUsage()).isEqualTo(detector.entityUsage());
        assertThat(detector.checkpoint().get("wallets").get(0).has("forest")).isTrue();
    }

    @Test
    void stateWithoutTableFields_asWrittenBeforeTables_isRestored() {
        TransactionRiskDetector detector = detector(EntityLimits.DEFAULT);
        for (int i = 0; i < 5; i++) {
            detector.observe(request(T0.plus(Duration.ofHours(i)), "hot-" + i, KNOWN), RiskView.NONE);
        }
        ObjectNode state = detector.checkpoint();
        state.remove("wallets_table");
        ((ArrayNode) state.get("wallets")).forEach(entry -> ((ObjectNode) entry).remove("last_seen"));
        TransactionRiskDetector restored = detector(EntityLimits.DEFAULT);

        restored.restore(state);

        assertThat(usage(restored).entities()).isEqualTo(5);
        assertThat(walletIds(restored)).containsExactlyInAnyOrder("hot-0", "hot-1", "hot-2", "hot-3", "hot-4");
    }

    private static TransactionRiskDetector detector(EntityLimits limits) {
        return new TransactionRiskDetector(AddressIntel.EMPTY, FOREST, TransactionRiskDetector.walletLimits(limits));
    }

    private static EntityTableUsage usage(TransactionRiskDetector detector) {
        return detector.entityUsage().getFirst();
    }

    private static List<String> walletIds(TransactionRiskDetector detector) {
        return detector.checkpoint()
                .get("wallets")
                .valueStream()
                .map(entry -> entry.get("wallet").asText())
                .toList();
    }

    private static Event request(Instant time, String wallet, String to) {
        return signing(time, "alice", wallet, to, 20_000)
                .with("custos.wallet.balance_usd", 10_000_000.0)
                .with("custos.wallet.tier", "hot")
                .build();
    }
}
