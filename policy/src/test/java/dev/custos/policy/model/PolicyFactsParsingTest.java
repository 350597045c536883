package dev.custos.policy.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.policy.Fixtures;
import dev.custos.policy.Payloads;
import dev.custos.policy.PolicyInputException;
import dev.custos.types.WalletTier;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The policy sections the evaluator decides on: wallets, prices, detection, contract standards. */
class PolicyFactsParsingTest {
    private final Fixtures fixtures = new Fixtures();

    private ObjectNode document() {
        return fixtures.document(1, "[]");
    }

    @Test
    void fixtureDocument_parsesWalletsPricesDetectionAndStandards() {
        Policy policy = PolicyParser.parse(document());

        assertThat(policy.wallet("w-1").orElseThrow().tier()).isEqualTo(WalletTier.WARM);
        assertThat(policy.prices()
                        .price("ethereum", Payloads.USDC)
                        .orElseThrow()
                        .value(BigInteger.valueOf(2_500_000)))
                .isEqualByComparingTo("2.5");
        assertThat(policy.detection().verdictKey()).isPresent();
        assertThat(policy.contractStandards()).containsEntry(Payloads.USDC, "erc20");
    }

    @Test
    void oldDocumentWithoutTheSections_stillParses_withNothingDeclared() {
        ObjectNode document = document();
        document.remove("wallets");
        document.remove("prices");
        document.remove("detection");

        Policy policy = PolicyParser.parse(document);

        assertThat(policy.wallets()).isEmpty();
        assertThat(policy.prices().prices()).isEmpty();
        assertThat(policy.detection().verdictKey()).isEmpty();
    }

    @Test
    void walletWithUnknownTier_rejectedNamingTheWallet() {
        ObjectNode document = document();
        ((ObjectNode) document.get("wallets").get(0)).put("tier", "lukewarm");

        assertThatThrownBy(() -> PolicyParser.parse(document))
                .isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("wallet 'w-1'")
                .hasMessageContaining("lukewarm");
    }

    @Test
    void duplicateWalletIds_rejected() {
        ObjectNode document = document();
        ((ArrayNode) document.get("wallets")).addObject().put("id", "w-1").put("tier", "cold");

        assertThatThrownBy(() -> PolicyParser.parse(document)).hasMessageContaining("duplicate wallet id 'w-1'");
    }

    @Test
    void priceAsAFloat_rejected() {
        ObjectNode document = document();
        ((ObjectNode) document.get("prices").get("assets").get(1)).put("usd", 1.0);

        assertThatThrownBy(() -> PolicyParser.parse(document)).hasMessageContaining("usd must be a decimal string");
    }

    @Test
    void priceOfAMalformedTokenAddress_rejected() {
        ObjectNode document = document();
        ((ObjectNode) document.get("prices").get("assets").get(1)).put("asset", "USDC");

        assertThatThrownBy(() -> PolicyParser.parse(document)).hasMessageContaining("0x token contract address");
    }

    @Test
    void unverifiedEffectAllow_rejected() {
        ObjectNode document = document();
        ((ObjectNode) document.get("detection")).put("unverified", "allow");

        assertThatThrownBy(() -> PolicyParser.parse(document))
                .hasMessageContaining("detection.unverified")
                .hasMessageContaining("may not be allow");
    }

    @Test
    void unknownContractStandard_rejected() {
        ObjectNode document = document();
        ((ObjectNode) document.get("known_contracts").get(0)).put("standard", "erc777");

        assertThatThrownBy(() -> PolicyParser.parse(document)).hasMessageContaining("erc777");
    }

    @Test
    void unknownFieldInAWallet_rejected() {
        ObjectNode document = document();
        ((ObjectNode) document.get("wallets").get(0)).put("balance_usd", 5);

        assertThatThrownBy(() -> PolicyParser.parse(document)).hasMessageContaining("unknown field 'balance_usd'");
    }
}
