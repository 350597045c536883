package dev.custos.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.chain.solana.SolanaAddress;
import dev.custos.policy.eval.Decision;
import dev.custos.policy.facts.DerivedFacts;
import dev.custos.policy.model.Policy;
import dev.custos.policy.model.PolicyParser;
import dev.custos.types.Verdict;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Solana messages decided on what their bytes do: lamports valued at the policy's SOL price, the recipient from the
 * instruction, the decoder's flags in {@code flags}, and a program the decoder does not know leaving the facts
 * incomplete; mint prices are case-sensitive, as base58 is.
 */
class SolanaFactsTest {
    private static final byte[] WALLET = filled(32, 0x11);
    private static final byte[] PARTNER = filled(32, 0x22);
    private static final byte[] STRANGER = filled(32, 0x33);
    private static final long SOL = 1_000_000_000L;

    private final Fixtures fixtures = new Fixtures();

    private Policy policy() {
        ObjectNode document = fixtures.document(
                1,
                "[{\"id\":\"deny-unknown-program\",\"effect\":\"deny\",\"condition\":\"'unknown_target' in flags\"},"
                        + "{\"id\":\"large-needs-approval\",\"effect\":{\"require_approvals\":{\"groups\":[\"treasury\"],"
                        + "\"quorum\":1}},\"condition\":\"amount_usd > 1000.0\"},"
                        + "{\"id\":\"allow-active\",\"effect\":\"allow\",\"condition\":\"destination.active\"}]");
        ObjectNode wallet = ((ArrayNode) document.get("wallets")).addObject();
        wallet.put("id", "sol-1").put("tier", "hot").put("chain", "solana");
        wallet.putArray("own_addresses").add(SolanaAddress.of(WALLET).toString());
        ((ArrayNode) document.get("prices").get("assets"))
                .addObject()
                .put("chain", "solana")
                .put("asset", "native")
                .put("usd", "150")
                .put("decimals", 9);
        ((ArrayNode) document.get("destinations"))
                .addObject()
                .put("address", SolanaAddress.of(PARTNER).toString())
                .put("label", "market maker")
                .put("added_at", "2026-01-01T00:00:00Z");
        return PolicyParser.parse(document);
    }

    private static ObjectNode event(byte[] message) {
        ObjectNode event = Fixtures.event();
        event.remove("custos");
        event.remove("custos.tx.raw");
        event.remove("custos.tx.to");
        event.remove("custos.tx.amount_usd");
        event.put("custos.tx.chain", "solana");
        event.put("custos.wallet.id", "sol-1");
        event.put("custos.tx.solana", Base64.getEncoder().encodeToString(message));
        return event;
    }

    @Test
    void aSmallTransferToTheAllowlistedPartnerIsAllowedAndValuedAtTheSolPrice() {
        Decision decision = fixtures.decide(policy(), event(transfer(PARTNER, 2 * SOL, false)));

        DerivedFacts facts = decision.facts().orElseThrow();
        assertThat(facts.recipients()).containsExactly(SolanaAddress.of(PARTNER).toString());
        assertThat(facts.amountUsd()).isEqualByComparingTo("300");
        assertThat(facts.complete()).isTrue();
        assertThat(decision.outcome()).isEqualTo(Verdict.ALLOW);
    }

    @Test
    void aLargeTransferEscalatesAndAStrangerIsNotActive() {
        assertThat(fixtures.decide(policy(), event(transfer(PARTNER, 10 * SOL, false)))
                        .outcome())
                .isEqualTo(Verdict.ESCALATE);
        assertThat(fixtures.decide(policy(), event(transfer(STRANGER, SOL, false)))
                        .outcome())
                .isEqualTo(Verdict.DENY);
    }

    @Test
    void anUnknownProgramIsFlaggedDeniedAndLeavesTheFactsIncomplete() {
        Decision decision = fixtures.decide(policy(), event(transfer(PARTNER, SOL, true)));
        assertThat(decision.facts().orElseThrow().complete()).isFalse();
        assertThat(decision.outcome()).isEqualTo(Verdict.DENY);
        assertThat(decision.toString()).contains("deny-unknown-program");
    }

    @Test
    void mintPricesKeepTheirCaseAndBadOnesAreNamed() {
        ObjectNode document = fixtures.document(1, "[]");
        ArrayNode assets = (ArrayNode) document.get("prices").get("assets");
        String mint = "EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v";
        assets.addObject()
                .put("chain", "solana")
                .put("asset", mint)
                .put("usd", "1")
                .put("decimals", 6);
        Policy policy = PolicyParser.parse(document);
        assertThat(policy.prices().price("solana", mint)).isPresent();
        assertThat(policy.prices().price("solana", mint.toLowerCase(java.util.Locale.ROOT)))
                .isEmpty();

        ObjectNode bad = fixtures.document(1, "[]");
        ((ArrayNode) bad.get("prices").get("assets"))
                .addObject()
                .put("chain", "solana")
                .put("asset", "0x1111111111111111111111111111111111111111")
                .put("usd", "1")
                .put("decimals", 6);
        assertThatThrownBy(() -> PolicyParser.parse(bad))
                .hasMessageContaining("native or a token mint address (base58 of 32 bytes)");
    }

    /**
     * A legacy message: the wallet pays; a System transfer of {@code lamports} to {@code recipient}; optionally a
     * second instruction to a program nobody declared.
     */
    private static byte[] transfer(byte[] recipient, long lamports, boolean withUnknownProgram) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int accounts = withUnknownProgram ? 4 : 3;
        out.writeBytes(new byte[] {1, 0, (byte) (accounts - 2), (byte) accounts});
        out.writeBytes(WALLET);
        out.writeBytes(recipient);
        out.writeBytes(new byte[32]); // the System program
        if (withUnknownProgram) {
            out.writeBytes(filled(32, 0x44));
        }
        out.writeBytes(filled(32, 7)); // recent blockhash
        out.write(withUnknownProgram ? 2 : 1);
        out.writeBytes(new byte[] {2, 2, 0, 1, 12, 2, 0, 0, 0});
        for (int i = 0; i < 8; i++) {
            out.write((int) (lamports >>> (8 * i)));
        }
        if (withUnknownProgram) {
            out.writeBytes(new byte[] {3, 1, 0, 1, 9});
        }
        return out.toByteArray();
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
