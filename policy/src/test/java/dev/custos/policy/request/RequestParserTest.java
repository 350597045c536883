package dev.custos.policy.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.policy.Fixtures;
import dev.custos.policy.PolicyInputException;
import dev.custos.policy.model.Policy;
import dev.custos.policy.model.PolicyParser;
import dev.custos.types.UsdAmount;
import dev.custos.types.WalletTier;
import org.junit.jupiter.api.Test;

class RequestParserTest {
    private final Policy policy = PolicyParser.baseline();

    private SigningRequest parse(ObjectNode event) {
        return RequestParser.parse(event, policy, Fixtures.NOW);
    }

    @Test
    void nestedAndDottedFields_readAlike() {
        ObjectNode nested = Fixtures.MAPPER.createObjectNode();
        nested.putObject("event").put("action", "signing.request");
        ObjectNode custos = nested.putObject("custos");
        custos.putObject("request").put("id", "r-1");
        custos.putObject("wallet").put("id", "w-1").put("balance_usd", 5.5);
        custos.putObject("tx").put("to", "0xABCDEF0000000000000000000000000000000000");
        nested.putObject("user").put("name", "alice");
        ObjectNode dotted = Fixtures.MAPPER.createObjectNode();
        dotted.put("event.action", "signing.request");
        dotted.put("custos.request.id", "r-1");
        dotted.put("custos.wallet.id", "w-1");
        dotted.put("custos.wallet.balance_usd", "5.5");
        dotted.put("custos.tx.to", "0xABCDEF0000000000000000000000000000000000");
        dotted.put("user.name", "alice");

        SigningRequest fromNested = parse(nested);
        SigningRequest fromDotted = parse(dotted);

        assertThat(fromNested.walletBalanceUsd())
                .isEqualTo(UsdAmount.parse("5.5"))
                .isEqualTo(fromDotted.walletBalanceUsd());
        assertThat(fromNested.destination()).isEqualTo("0xabcdef0000000000000000000000000000000000");
        assertThat(fromDotted.destination()).isEqualTo(fromNested.destination());
        assertThat(fromDotted.initiatorName()).isEqualTo("alice");
        assertThat(fromNested.timestamp()).isEqualTo(Fixtures.NOW);
    }

    @Test
    void fieldGivenNestedAndDotted_rejected() {
        ObjectNode event = Fixtures.event();
        event.put("custos.wallet.id", "w-2");

        assertThatThrownBy(() -> parse(event))
                .isInstanceOf(PolicyInputException.class)
                .hasMessageContaining("'custos.wallet.id' is given twice");
    }

    @Test
    void bothPayloads_rejected() {
        ObjectNode event = Fixtures.event();
        event.put("custos.tx.raw", "0x00");
        event.putObject("custos.tx.safe");

        assertThatThrownBy(() -> parse(event))
                .hasMessageContaining(
                        "more than one of custos.tx.raw, custos.tx.safe, custos.tx.psbt and custos.tx.solana");
    }

    @Test
    void solanaPayloads_badBase64OrNetworkNamed() {
        ObjectNode event = Fixtures.event();
        event.remove("custos.tx.raw");
        event.put("custos.tx.solana", "not base64!");
        assertThatThrownBy(() -> parse(event)).hasMessageContaining("custos.tx.solana is not base64");
        event.put("custos.tx.solana", "AQID");
        event.put("custos.tx.network", "mainnet");
        assertThatThrownBy(() -> parse(event))
                .hasMessageContaining("custos.tx.network must be one of [mainnet-beta, devnet, testnet, localnet]");
        event.put("custos.tx.network", "devnet");
        assertThatThrownBy(() -> parse(event)).hasMessageContaining("custos.tx.solana: ");
    }

    @Test
    void malformedRawTransaction_rejectedWithField() {
        ObjectNode event = Fixtures.event();
        event.put("custos.tx.raw", "0x02c0ffee");

        assertThatThrownBy(() -> parse(event))
                .isInstanceOf(PolicyInputException.class)
                .hasMessageStartingWith("custos.tx.raw: ");
    }

    @Test
    void riskScoreOutOfRange_rejected() {
        ObjectNode event = Fixtures.event();
        event.put("custos.risk.score", 101);

        assertThatThrownBy(() -> parse(event)).hasMessageContaining("custos.risk.score");
    }

    @Test
    void negativeAmount_rejected() {
        ObjectNode event = Fixtures.event();
        event.put("custos.tx.amount_usd", -1);

        assertThatThrownBy(() -> parse(event)).hasMessageContaining("custos.tx.amount_usd");
    }

    @Test
    void badSignatureLength_rejected() {
        ObjectNode event = Fixtures.event();
        Fixtures.addApproval(event, "bob", 1, Fixtures.NOW, new byte[64]);
        ((ObjectNode) event.get("custos.approvals").get(0)).put("signature", "abcd");

        assertThatThrownBy(() -> parse(event)).hasMessageContaining("custos.approvals[0]");
    }

    @Test
    void rawTransaction_decodedAndHashed() {
        ObjectNode event = Fixtures.event();
        event.put(
                "custos.tx.raw",
                "0xec098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a764000080018080");

        SigningRequest request = parse(event);

        assertThat(request.intent()).isPresent();
        assertThat(request.intent().get().call().target().get().toString().toLowerCase())
                .isEqualTo("0x3535353535353535353535353535353535353535");
        assertThat(request.payload()).isInstanceOf(TypedPayload.RawTransaction.class);
    }

    @Test
    void walletTier_readAsATier_absentStaysAbsent() {
        ObjectNode event = Fixtures.event();
        ((ObjectNode) event.get("custos").get("wallet")).put("tier", "cold");
        ObjectNode without = Fixtures.event();
        ((ObjectNode) without.get("custos").get("wallet")).remove("tier");

        assertThat(parse(event).walletTier()).contains(WalletTier.COLD);
        assertThat(parse(without).walletTier()).isEmpty();
    }

    @Test
    void unknownWalletTier_rejectedNamingTheField() {
        ObjectNode event = Fixtures.event();
        ((ObjectNode) event.get("custos").get("wallet")).put("tier", "lukewarm");

        assertThatThrownBy(() -> parse(event))
                .isInstanceOf(PolicyInputException.class)
                .hasMessage("custos.wallet.tier must be hot, warm or cold, not lukewarm");
    }
}
