package dev.custos.exposure.powers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.exposure.ExposureInputException;
import dev.custos.policy.model.Policy;
import dev.custos.policy.model.PolicyParser;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicyReadingTest {
    /** Public keys of RFC 8032 section 7.1, tests 1 to 3: valid Ed25519 points. */
    private static final String KEY_1 = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

    private static final String KEY_2 = "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c";
    private static final String KEY_3 = "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025";

    private static Policy policy(String frozen) {
        return PolicyParser.parse("""
                {"policy_version": 4, "name": "treasury",
                 "governance": {"admin_quorum": 2, "timelock_seconds": 172800},
                 "approvers": [
                   {"name": "bob", "public_key": "%s", "groups": ["treasury"]},
                   {"name": "cleo", "public_key": "%s", "groups": ["treasury", "security"]},
                   {"name": "ada", "public_key": "%s", "groups": ["admin"]}],
                 "wallets": [{"id": "hot-eth", "tier": "hot", "chain": "ethereum"},
                             {"id": "cold-eth", "tier": "cold", "chain": "ethereum"}],
                 "frozen_wallets": [%s],
                 "rules": [
                   {"id": "big", "effect": {"require_approvals": {"groups": ["treasury"], "quorum": 2}},
                    "condition": "amount_usd >= 100000.0"},
                   {"id": "risky", "effect": {"require_approvals": {"groups": ["security", "treasury"], "quorum": 1}},
                    "condition": "risk.score >= 70"},
                   {"id": "no-delegatecall", "effect": "deny", "condition": "'delegatecall' in flags"},
                   {"id": "allowlisted", "effect": "allow", "condition": "destination.active"}]}
                """.formatted(KEY_1, KEY_2, KEY_3, frozen));
    }

    @Test
    void read_countsEveryApprovalRuleAndTheBuiltIns_largestQuorumPerGroup() {
        PolicyPowers powers = PolicyReading.read(policy(""), Set.of());

        assertThat(powers.version()).isEqualTo(4);
        assertThat(powers.adminQuorum()).isEqualTo(2);
        assertThat(powers.timeLockSeconds()).isEqualTo(172_800);
        assertThat(powers.approver("cleo").orElseThrow().deviceKey()).isEqualTo(KEY_2);
        assertThat(powers.transfers()).hasSize(2).allSatisfy(transfer -> {
            assertThat(transfer.possible()).isTrue();
            assertThat(transfer.quorums()).isEqualTo(Map.of("treasury", 2, "security", 1));
            assertThat(transfer.rules())
                    .containsExactly("big", "risky", PolicyReading.UNVERIFIED_RULE, PolicyReading.UNPRICED_RULE);
        });
    }

    @Test
    void read_quietRules_areLeftOut() {
        PolicyPowers powers = PolicyReading.read(
                policy(""), Set.of("big", "risky", PolicyReading.UNVERIFIED_RULE, PolicyReading.UNPRICED_RULE));

        assertThat(powers.transfers().getFirst().quorums()).isEmpty();
    }

    @Test
    void read_frozenWallet_allowsNoTransfer() {
        PolicyPowers powers = PolicyReading.read(policy("\"cold-eth\""), Set.of());

        assertThat(powers.transfers())
                .filteredOn(transfer -> transfer.wallet().equals("cold-eth"))
                .singleElement()
                .satisfies(transfer -> {
                    assertThat(transfer.possible()).isFalse();
                    assertThat(transfer.why()).isEqualTo("the wallet is frozen");
                });
    }

    @Test
    void read_baselineWithoutAllowRule_wouldDenyEverything_baselineHasNoWallets() {
        assertThat(PolicyReading.read(PolicyParser.baseline(), Set.of()).transfers())
                .isEmpty();
    }

    @Test
    void read_unknownQuietRule_isRefusedByName() {
        assertThatThrownBy(() -> PolicyReading.read(policy(""), Set.of("bigg")))
                .isInstanceOf(ExposureInputException.class)
                .hasMessage("quiet rule 'bigg': policy version 4 has no rule with that id");
    }

    /** An Ed25519 passkey entry with this credential id (base64url) and key (hex). */
    private static String passkey(String credentialId, String key) {
        String spki = Base64.getEncoder().encodeToString(HexFormat.of().parseHex("302a300506032b6570032100" + key));
        return """
                {"credential_id": "%s", "algorithm": "EdDSA", "public_key": "%s"}""".formatted(credentialId, spki);
    }

    @Test
    void read_approversSharingAPasskeyKey_areOnePower() {
        Policy policy = PolicyParser.parse(
                """
                {"policy_version": 1,
                 "webauthn": {"rp_id": "localhost", "origins": ["http://localhost:8080"]},
                 "approvers": [
                   {"name": "bob", "public_key": "%s", "passkeys": [%s], "groups": ["treasury"]},
                   {"name": "cleo", "passkeys": [%s], "groups": ["treasury"]},
                   {"name": "dan", "passkeys": [%s], "groups": ["treasury"]}]}
                """.formatted(KEY_1, passkey("AQ", KEY_3), passkey("Ag", KEY_3), passkey("Aw", KEY_2)));

        PolicyPowers powers = PolicyReading.read(policy, Set.of());

        assertThat(powers.approver("bob").orElseThrow().deviceKey()).isEqualTo(KEY_1);
        assertThat(powers.approver("cleo").orElseThrow().deviceKey()).isEqualTo(KEY_1);
        assertThat(powers.approver("dan").orElseThrow().deviceKey()).isEqualTo(KEY_2);
    }
}
