package dev.custos.policy.governance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.policy.Fixtures;
import dev.custos.policy.approval.TestAuthenticator;
import dev.custos.policy.model.PasskeyAlgorithm;
import dev.custos.policy.model.Policy;
import dev.custos.policy.model.PolicyParser;
import dev.custos.policy.request.PasskeyAssertion;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Admins approve policy changes with passkeys: the WebAuthn challenge is the change digest. */
class PasskeyChangeApprovalTest {
    private static final String RULES =
            "[{\"id\":\"allow-active\",\"effect\":\"allow\",\"condition\":\"destination.active\"}]";
    private static final String RP_ID = "custody.example";
    private static final String ORIGIN = "https://custody.example";
    private static final Instant PROPOSED = Instant.parse("2026-03-02T12:00:00Z");

    private final Fixtures fixtures = new Fixtures();
    private final TestAuthenticator frankPasskey = TestAuthenticator.create(PasskeyAlgorithm.ES256);
    private final Policy current = PolicyParser.parse(document(1, false));
    private final Policy stricter = PolicyParser.parse(document(2, true));

    /** frank (an admin) also has a passkey; version 2 adds a deny rule (stricter only). */
    private ObjectNode document(long version, boolean denyWeekends) {
        ObjectNode root = fixtures.document(version, RULES);
        for (var approver : root.get("approvers")) {
            if (approver.get("name").asText().equals("frank")) {
                ((ObjectNode) approver).putArray("passkeys").add(frankPasskey.policyEntry());
            }
        }
        root.putObject("webauthn").put("rp_id", RP_ID).putArray("origins").add(ORIGIN);
        if (denyWeekends) {
            ((ArrayNode) root.get("rules"))
                    .addObject()
                    .put("id", "no-weekends")
                    .put("effect", "deny")
                    .put("condition", "time.weekday >= 6");
        }
        return root;
    }

    private ChangeDecision review(PasskeyAssertion assertion) {
        return GovernanceGate.review(
                new PolicyChange(current, stricter, PROPOSED, List.of(new ChangeApproval("frank", assertion))),
                PROPOSED);
    }

    private byte[] changeDigest() {
        return new PolicyChange(current, stricter, PROPOSED, List.of()).digest();
    }

    @Test
    void passkeyAssertionOverTheChangeDigest_countsAsTheAdminsApproval() {
        ChangeDecision decision = review(frankPasskey.assertion(changeDigest(), RP_ID, ORIGIN));

        assertThat(decision.status()).isEqualTo(ChangeDecision.Status.ACCEPTED);
        assertThat(decision.admins()).containsExactly("frank");
    }

    @Test
    void passkeyAssertionOverAnotherDigest_isRefusedNamingWhy() {
        byte[] other = changeDigest().clone();
        other[0] ^= 1;

        ChangeDecision decision = review(frankPasskey.assertion(other, RP_ID, ORIGIN));

        assertThat(decision.status()).isEqualTo(ChangeDecision.Status.REFUSED);
        assertThat(decision.reasons())
                .anyMatch(reason -> reason.startsWith("passkey approval by frank does not count for this change")
                        && reason.contains("challenge"));
    }

    @Test
    void passkeyAssertionFromAnotherOrigin_isRefused() {
        ChangeDecision decision =
                review(frankPasskey.assertion(changeDigest(), RP_ID, "https://custody-login.example"));

        assertThat(decision.status()).isEqualTo(ChangeDecision.Status.REFUSED);
        assertThat(decision.reasons()).anyMatch(reason -> reason.contains("origin"));
    }

    @Test
    void passkeyUnknownToThePolicy_isRefused() {
        TestAuthenticator stranger = TestAuthenticator.create(PasskeyAlgorithm.ES256);

        ChangeDecision decision = review(stranger.assertion(changeDigest(), RP_ID, ORIGIN));

        assertThat(decision.status()).isEqualTo(ChangeDecision.Status.REFUSED);
        assertThat(decision.reasons()).anyMatch(reason -> reason.contains("is not one of frank's passkeys"));
    }
}
