package dev.custos.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.types.UsdAmount;
import dev.custos.types.WalletTier;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventValuesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Map<String, JsonNode> field(String name, String json) throws Exception {
        return Map.of(name, MAPPER.readTree(json));
    }

    @Test
    void text_scalars_readAsTheirText_blankAndNullAreAbsent() throws Exception {
        assertThat(EventValues.text(field("f", "\" a \""), "f")).contains("a");
        assertThat(EventValues.text(field("f", "42"), "f")).contains("42");
        assertThat(EventValues.text(field("f", "true"), "f")).contains("true");
        assertThat(EventValues.text(field("f", "\"  \""), "f")).isEmpty();
        assertThat(EventValues.text(field("f", "null"), "f")).isEmpty();
        assertThat(EventValues.text(Map.of(), "f")).isEmpty();
    }

    @Test
    void text_listOrObject_isRefusedNamingTheField() {
        assertThatThrownBy(() -> EventValues.text(field("user.name", "[\"a\"]"), "user.name"))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage("user.name must be text, not a list");
        assertThatThrownBy(() -> EventValues.text(field("user.name", "{\"a\":1}"), "user.name"))
                .hasMessage("user.name must be text, not an object");
    }

    @Test
    void decimal_numbersAndNumericText_areRead() throws Exception {
        assertThat(EventValues.decimal(field("f", "2498.81"), "f")).contains(new BigDecimal("2498.81"));
        assertThat(EventValues.decimal(field("f", "1000"), "f")).contains(new BigDecimal("1000"));
        assertThat(EventValues.decimal(field("f", "\"0.35000000\""), "f")).contains(new BigDecimal("0.35000000"));
        assertThat(EventValues.decimal(field("f", "\" 12.5 \""), "f")).contains(new BigDecimal("12.5"));
        assertThat(EventValues.decimal(field("f", "\"\""), "f")).isEmpty();
        assertThat(EventValues.decimal(field("f", "null"), "f")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"-1", "-0.5", "\"-2\"", "\"abc\"", "\"12d\"", "\"NaN\"", "true", "[1]", "{\"a\":1}", "1e400"})
    void decimal_notANonNegativeNumber_isRefusedNamingTheField(String json) {
        assertThatThrownBy(() -> EventValues.decimal(field("custos.tx.amount_usd", json), "custos.tx.amount_usd"))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage("custos.tx.amount_usd must be a non-negative number");
    }

    @Test
    void usd_jsonDouble_givesBackTheSameDouble() throws Exception {
        Optional<UsdAmount> amount = EventValues.usd(field("f", "2498.81"), "f");

        assertThat(amount).isPresent();
        assertThat(amount.get().toDouble()).isEqualTo(2498.81);
    }

    @Test
    void usd_outOfRange_isRefusedNamingTheField() {
        assertThatThrownBy(() -> EventValues.usd(field("custos.tx.amount_usd", "\"1e40\""), "custos.tx.amount_usd"))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageStartingWith("custos.tx.amount_usd: ");
    }

    @Test
    void walletTier_wireNames_areRead() throws Exception {
        assertThat(EventValues.walletTier(field("custos.wallet.tier", "\"cold\"")))
                .contains(WalletTier.COLD);
        assertThat(EventValues.walletTier(Map.of())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"lukewarm\"", "\"HOT\"", "3", "[\"hot\"]"})
    void walletTier_unknown_isRefusedNotDefaulted(String json) {
        assertThatThrownBy(() -> EventValues.walletTier(field("custos.wallet.tier", json)))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageStartingWith("custos.wallet.tier must be");
    }
}
