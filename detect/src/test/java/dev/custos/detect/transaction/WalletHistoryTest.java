package dev.custos.detect.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WalletHistoryTest {
    private static final Instant T0 = Instant.parse("2025-03-03T09:00:00Z");

    @Test
    void pastTheCap_aStaleRegularLeavesBeforeARecentNewCounterparty() {
        WalletHistory history = new WalletHistory();
        for (int i = 0; i < WalletHistory.MAX_COUNTERPARTIES; i++) {
            for (int use = 0; use < 3; use++) {
                history.learnCounterparty(address(i), T0.plus(Duration.ofMinutes(i)));
            }
        }
        Instant later = T0.plus(Duration.ofDays(100));

        history.learnCounterparty(address(10_000), later);
        history.learnCounterparty(address(10_001), later.plus(Duration.ofMinutes(1)));

        assertThat(history.knows(address(10_000))).isTrue();
        assertThat(history.knows(address(10_001))).isTrue();
        assertThat(history.counterpartyAddresses()).hasSize(WalletHistory.MAX_COUNTERPARTIES);
        assertThat(history.knows(address(0))).isFalse();
        assertThat(history.knows(address(1))).isFalse();
    }

    @Test
    void destinationRequestedWithinTheWindow_countsAsRequested_evenAfterEviction() {
        WalletHistory history = new WalletHistory();
        for (int i = 0; i < WalletHistory.MAX_COUNTERPARTIES + 50; i++) {
            history.learnRequest(address(i), 100, T0.plus(Duration.ofSeconds(i)));
        }

        assertThat(history.knows(address(0))).isFalse();
        assertThat(history.requestedRecently(address(0), T0.plus(Duration.ofHours(1))))
                .isTrue();
        assertThat(history.requestedRecently(address(0), T0.plus(Duration.ofHours(25))))
                .isFalse();
        assertThat(history.requestedRecently(address(99_999), T0.plus(Duration.ofHours(1))))
                .isFalse();
    }

    @Test
    void checkpoint_keepsRecentDestinationsAndWeights() {
        WalletHistory history = new WalletHistory();
        history.learnRequest(address(1), 100, T0);
        history.learnRequest(address(1), 100, T0.plus(Duration.ofDays(1)));

        WalletHistory restored = WalletHistory.fromState(history.toState());

        assertThat(restored.toState()).isEqualTo(history.toState());
        assertThat(restored.requestedRecently(address(1), T0.plus(Duration.ofDays(1))))
                .isTrue();
    }

    private static String address(int i) {
        return String.format(Locale.ROOT, "0x%040x", i);
    }
}
