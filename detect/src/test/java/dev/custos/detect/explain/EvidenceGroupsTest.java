package dev.custos.detect.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.detect.transaction.TransactionRiskDetector;
import dev.custos.detect.transaction.WalletOutflowDetector;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceGroupsTest {
    private static Finding finding(String detector, int score) {
        return new Finding(
                detector,
                KillChainStage.SIGNING,
                score,
                List.of(EntityRef.wallet("hot-1")),
                Instant.EPOCH,
                "evt-1",
                "test",
                List.of(),
                FindingSeverity.NORMAL);
    }

    @Test
    void theSizeGroup_namesTheDetectorsAsTheyNameThemselves() {
        assertThat(EvidenceGroups.SIZE_DETECTORS)
                .containsExactlyInAnyOrder(
                        TransactionRiskDetector.AMOUNT_OUTLIER,
                        TransactionRiskDetector.BALANCE_SHARE,
                        TransactionRiskDetector.VELOCITY,
                        TransactionRiskDetector.YOUNG_WALLET_PRIOR,
                        TransactionRiskDetector.FOREST,
                        WalletOutflowDetector.NAME);
    }

    @Test
    void findingsOfOneGroup_countOnce_atTheStrongest() {
        assertThat(EvidenceGroups.combine(List.of(
                        finding(TransactionRiskDetector.FOREST, 40),
                        finding(TransactionRiskDetector.AMOUNT_OUTLIER, 45),
                        finding(WalletOutflowDetector.NAME, 30))))
                .isEqualTo(45);
    }

    @Test
    void independentGroups_combineByFisher_neverBelowTheStrongest() {
        // two 1-in-316 surprises (42 each): Fisher gives about 1.1e-4, i.e. about 66
        assertThat(EvidenceGroups.combine(
                        List.of(finding(TransactionRiskDetector.NEW_DESTINATION, 42), finding("credential_burst", 42))))
                .isBetween(65.0, 67.0);
        // a weak finding next to a strong one: the strong one stands
        assertThat(EvidenceGroups.combine(List.of(
                        finding(TransactionRiskDetector.NEW_DESTINATION, 16), finding("credential_origin", 57))))
                .isEqualTo(57);
        assertThat(EvidenceGroups.combine(List.of())).isZero();
    }
}
