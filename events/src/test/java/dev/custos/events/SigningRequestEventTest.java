package dev.custos.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.events.EcsFlattener.Duplicates;
import dev.custos.types.UsdAmount;
import dev.custos.types.WalletTier;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SigningRequestEventTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static SigningRequestEvent read(String json) throws Exception {
        return SigningRequestEvent.read(EcsFlattener.flatten(MAPPER.readTree(json), Set.of(), Duplicates.REFUSED));
    }

    @Test
    void read_documentedExample_readsEveryField() throws Exception {
        // the signing.request example of docs/EVENTS.md
        SigningRequestEvent request = read(
                "{\"@timestamp\":\"2025-03-12T15:30:02Z\",\"event.id\":\"evt-00002304\",\"event.category\":\"api\","
                        + "\"event.action\":\"signing.request\",\"user.name\":\"svc-payouts\",\"custos.request.id\":\"req-000871\","
                        + "\"custos.wallet.id\":\"hot-eth\",\"custos.wallet.tier\":\"hot\",\"custos.wallet.balance_usd\":2412503.17,"
                        + "\"custos.tx.chain\":\"ethereum\",\"custos.tx.to\":\"0x3d80b31a78c30fc628f20b2c89d7ddbf6e53cedc\","
                        + "\"custos.tx.asset\":\"ETH\",\"custos.tx.amount\":\"0.35000000\",\"custos.tx.amount_usd\":1050.0,"
                        + "\"custos.approvals\":[\"bob\"]}");

        assertThat(request.requestId()).contains("req-000871");
        assertThat(request.walletId()).contains("hot-eth");
        assertThat(request.walletTier()).contains(WalletTier.HOT);
        assertThat(request.walletBalanceUsd()).contains(UsdAmount.parse("2412503.17"));
        assertThat(request.initiator()).contains("svc-payouts");
        assertThat(request.role()).isEmpty();
        assertThat(request.chain()).contains("ethereum");
        assertThat(request.asset()).contains("ETH");
        assertThat(request.destination()).contains("0x3d80b31a78c30fc628f20b2c89d7ddbf6e53cedc");
        assertThat(request.amountUsd()).contains(UsdAmount.parse("1050"));
        assertThat(request.amount()).contains(new BigDecimal("0.35000000"));
    }

    @Test
    void read_nothingGiven_isAllAbsent() throws Exception {
        SigningRequestEvent request = read("{\"event.action\":\"signing.request\"}");

        assertThat(request.requestId()).isEmpty();
        assertThat(request.walletTier()).isEmpty();
        assertThat(request.amountUsd()).isEmpty();
    }

    @Test
    void read_roleFallsBackToTheInitiatorRole() throws Exception {
        assertThat(read("{\"custos\":{\"initiator\":{\"role\":\"treasury\"}}}").role())
                .contains("treasury");
        assertThat(read("{\"custos.role\":\"ops\",\"custos.initiator.role\":\"treasury\"}")
                        .role())
                .contains("ops");
    }

    @Test
    void read_unknownTier_isRefusedNamingTheField() {
        assertThatThrownBy(() -> read("{\"custos\":{\"wallet\":{\"tier\":\"lukewarm\"}}}"))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage("custos.wallet.tier must be hot, warm or cold, not lukewarm")
                .extracting(e -> ((InvalidEventException) e).field())
                .isEqualTo(Optional.of("custos.wallet.tier"));
    }

    @Test
    void read_badAmount_isRefusedNamingTheField() {
        assertThatThrownBy(() -> read("{\"custos.tx.amount\":\"0.3 ETH\"}"))
                .hasMessage("custos.tx.amount must be a non-negative number");
        assertThatThrownBy(() -> read("{\"custos.wallet.balance_usd\":-1}"))
                .hasMessage("custos.wallet.balance_usd must be a non-negative number");
    }
}
