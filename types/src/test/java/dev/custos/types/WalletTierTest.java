package dev.custos.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WalletTierTest {
    @Test
    void parse_wireNames_giveTheirTiers() {
        assertThat(WalletTier.parse("hot")).isEqualTo(WalletTier.HOT);
        assertThat(WalletTier.parse("warm")).isEqualTo(WalletTier.WARM);
        assertThat(WalletTier.parse("cold")).isEqualTo(WalletTier.COLD);
        for (WalletTier tier : WalletTier.values()) {
            assertThat(WalletTier.parse(tier.wireName())).isEqualTo(tier);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "lukewarm", "HOT", "Cold", " warm", "hot "})
    void parse_unknownTier_isRefusedNamingTheText(String text) {
        assertThatThrownBy(() -> WalletTier.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("wallet tier must be hot, warm or cold, not " + text);
        assertThat(WalletTier.fromWireName(text)).isEmpty();
    }
}
