package dev.custos.policy.approval;

import static dev.custos.policy.Fixtures.NOW;
import static dev.custos.policy.Fixtures.event;
import static dev.custos.policy.Fixtures.request;
import static dev.custos.policy.approval.TestAuthenticator.AT;
import static dev.custos.policy.approval.TestAuthenticator.UP;
import static dev.custos.policy.approval.TestAuthenticator.UV;
import static dev.custos.policy.approval.TestAuthenticator.authenticatorData;
import static dev.custos.policy.approval.TestAuthenticator.clientData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.policy.Fixtures;
import dev.custos.policy.eval.Decision;
import dev.custos.policy.model.Approver;
import dev.custos.policy.model.PasskeyAlgorithm;
import dev.custos.policy.model.Policy;
import dev.custos.policy.model.PolicyParser;
import dev.custos.policy.request.ApprovalJson;
import dev.custos.policy.request.DeviceSignature;
import dev.custos.policy.request.PasskeyAssertion;
import dev.custos.policy.request.SignedApproval;
import dev.custos.types.Verdict;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasskeyVerificationTest {
    static final String RP_ID = "custody.example.com";
    static final String ORIGIN = "https://custody.example.com";
    private static final String RULES = "[{\"id\":\"allow-all\",\"effect\":\"allow\",\"condition\":\"true\"},"
            + "{\"id\":\"two-treasury\",\"effect\":{\"require_approvals\":{\"groups\":[\"treasury\"],\"quorum\":2}},"
            + "\"condition\":\"true\"}]";
    private static final Instant EXPIRY = NOW.plusSeconds(600);

    private final Fixtures fixtures = new Fixtures();
    private final TestAuthenticator bobPasskey = TestAuthenticator.create(PasskeyAlgorithm.ES256);
    private final TestAuthenticator carolPasskey = TestAuthenticator.create(PasskeyAlgorithm.EDDSA);
    private final Policy policy = PolicyParser.parse(document());
    private final byte[] digest = RequestDigest.of(request(policy, event()), 1, EXPIRY);

    /** bob has a device key and an ES256 passkey; carol has only an EdDSA passkey. */
    private ObjectNode document() {
        ObjectNode root = fixtures.document(1, RULES);
        for (var approver : root.get("approvers")) {
            ObjectNode entry = (ObjectNode) approver;
            if (entry.get("name").asText().equals("bob")) {
                entry.putArray("passkeys").add(bobPasskey.policyEntry());
            } else if (entry.get("name").asText().equals("carol")) {
                entry.remove("public_key");
                entry.putArray("passkeys").add(carolPasskey.policyEntry());
            }
        }
        root.putObject("webauthn").put("rp_id", RP_ID).putArray("origins").add(ORIGIN);
        return root;
    }

    private Optional<String> refusal(String approver, PasskeyAssertion assertion) {
        Approver entry = policy.approver(approver).orElseThrow();
        return PasskeyVerification.refusal(policy.webauthn(), entry, digest, assertion);
    }

    private PasskeyAssertion bobWith(int flags, byte[] clientData) {
        return bobPasskey.sign(authenticatorData(RP_ID, flags, 0), clientData);
    }

    private static byte[] honestClientData(byte[] challenge) {
        return clientData("webauthn.get", challenge, ORIGIN, "");
    }

    private static void addPasskeyApproval(ObjectNode event, String approver, PasskeyAssertion assertion) {
        ArrayNode approvals = event.has("custos.approvals")
                ? (ArrayNode) event.get("custos.approvals")
                : event.putArray("custos.approvals");
        approvals.add(ApprovalJson.write(new SignedApproval(approver, 1, EXPIRY, assertion)));
    }

    @Test
    void es256AssertionOverTheDigest_verifies() {
        assertThat(refusal("bob", bobPasskey.assertion(digest, RP_ID, ORIGIN))).isEmpty();
    }

    @Test
    void eddsaAssertionOverTheDigest_verifies() {
        assertThat(refusal("carol", carolPasskey.assertion(digest, RP_ID, ORIGIN)))
                .isEmpty();
    }

    @Test
    void passkeyApprovalsInTheEvent_meetTheQuorum() {
        ObjectNode event = event();
        addPasskeyApproval(event, "bob", bobPasskey.assertion(digest, RP_ID, ORIGIN));
        addPasskeyApproval(event, "carol", carolPasskey.assertion(digest, RP_ID, ORIGIN));

        Decision decision = fixtures.decide(policy, event);

        assertThat(decision.outcome()).isEqualTo(Verdict.ALLOW);
        assertThat(decision.requiredApprovals().get(0).approvedBy()).containsExactly("bob", "carol");
    }

    @Test
    void passkeyAndDeviceKeyOfOneApprover_countOnce() {
        ObjectNode event = event();
        addPasskeyApproval(event, "bob", bobPasskey.assertion(digest, RP_ID, ORIGIN));
        fixtures.approve(event, policy, "bob", 1, EXPIRY);

        Decision decision = fixtures.decide(policy, event);

        assertThat(decision.outcome()).isEqualTo(Verdict.ESCALATE);
        assertThat(decision.reasons()).contains("duplicate approval by bob");
    }

    @Test
    void replayedAssertion_countsOnce() {
        ObjectNode event = event();
        PasskeyAssertion assertion = bobPasskey.assertion(digest, RP_ID, ORIGIN);
        addPasskeyApproval(event, "bob", assertion);
        addPasskeyApproval(event, "bob", assertion);

        assertThat(fixtures.decide(policy, event).outcome()).isEqualTo(Verdict.ESCALATE);
    }

    @Test
    void deviceSignatureOfAPasskeyOnlyApprover_doesNotCount() {
        SignedApproval approval = new SignedApproval(
                "carol",
                1,
                EXPIRY,
                new DeviceSignature(fixtures.keys.get("carol").sign(digest)));
        ObjectNode event = event();
        event.putArray("custos.approvals").add(ApprovalJson.write(approval));

        assertThat(ApprovalVerifier.verify(policy, request(policy, event), NOW))
                .singleElement()
                .satisfies(check -> {
                    assertThat(check.counts()).isFalse();
                    assertThat(check.reason()).contains("policy gives them none");
                });
    }

    @Test
    void registrationCeremonyType_isRefused() {
        assertThat(refusal("bob", bobWith(UP | UV, clientData("webauthn.create", digest, ORIGIN, ""))))
                .hasValueSatisfying(reason -> assertThat(reason).contains("type is 'webauthn.create'"));
    }

    @Test
    void challengeOfAnotherRequest_isRefused() {
        ObjectNode other = event();
        other.put("custos.request.id", "req-2");
        byte[] otherDigest = RequestDigest.of(request(policy, other), 1, EXPIRY);

        assertThat(refusal("bob", bobPasskey.assertion(otherDigest, RP_ID, ORIGIN)))
                .hasValueSatisfying(reason -> assertThat(reason).contains("not this request's approval digest"));
    }

    @Test
    void challengeWithPadding_isRefused() {
        String json =
                new String(honestClientData(digest), StandardCharsets.UTF_8).replace("\",\"origin", "=\",\"origin");
        assertThat(refusal("bob", bobWith(UP | UV, json.getBytes(StandardCharsets.UTF_8))))
                .hasValueSatisfying(reason -> assertThat(reason).contains("challenge is not unpadded base64url"));
    }

    @Test
    void originNotInThePolicy_isRefused() {
        assertThat(refusal("bob", bobPasskey.assertion(digest, RP_ID, "https://custody.example.com.evil.test")))
                .hasValueSatisfying(
                        reason -> assertThat(reason).contains("origin").contains("not one of"));
    }

    @Test
    void crossOriginFrame_isRefused() {
        byte[] json = clientData("webauthn.get", digest, ORIGIN, ",\"crossOrigin\":true");
        assertThat(refusal("bob", bobWith(UP | UV, json)))
                .hasValueSatisfying(reason -> assertThat(reason).contains("cross-origin"));
    }

    @Test
    void rpIdHashOfAnotherRelyingParty_isRefused() {
        PasskeyAssertion assertion =
                bobPasskey.sign(authenticatorData("evil.test", UP | UV, 0), honestClientData(digest));
        assertThat(refusal("bob", assertion))
                .hasValueSatisfying(reason -> assertThat(reason).contains("RP id hash"));
    }

    @Test
    void userNotPresent_isRefused() {
        assertThat(refusal("bob", bobWith(UV, honestClientData(digest))))
                .hasValueSatisfying(reason -> assertThat(reason).contains("user-present"));
    }

    @Test
    void userNotVerified_isRefused() {
        assertThat(refusal("bob", bobWith(UP, honestClientData(digest))))
                .hasValueSatisfying(reason -> assertThat(reason).contains("user-verified"));
    }

    @Test
    void attestedCredentialDataFlag_isRefused() {
        assertThat(refusal("bob", bobWith(UP | UV | AT, honestClientData(digest))))
                .hasValueSatisfying(reason -> assertThat(reason).contains("attested credential data"));
    }

    @Test
    void syncedPasskeyFlags_areAccepted_inconsistentOnesRefused() {
        assertThat(refusal("bob", bobWith(UP | UV | 0x08 | 0x10, honestClientData(digest))))
                .isEmpty();
        assertThat(refusal("bob", bobWith(UP | UV | 0x10, honestClientData(digest))))
                .hasValueSatisfying(reason -> assertThat(reason).contains("backed up (BS) but not backup eligible"));
    }

    @Test
    void trailingAuthenticatorDataWithoutExtensionFlag_isRefused() {
        byte[] data = Arrays.copyOf(authenticatorData(RP_ID, UP | UV, 0), 40);
        assertThat(refusal("bob", bobPasskey.sign(data, honestClientData(digest))))
                .hasValueSatisfying(reason -> assertThat(reason).contains("3 trailing bytes"));
    }

    @Test
    void truncatedAuthenticatorData_isRejectedOnReceipt() {
        byte[] data = Arrays.copyOf(authenticatorData(RP_ID, UP | UV, 0), 36);
        assertThatThrownBy(() -> bobPasskey.sign(data, honestClientData(digest)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("authenticator data must be 37 to 1024 bytes, got 36");
    }

    @Test
    void unknownCredential_isRefused() {
        byte[] unknown = new byte[] {1, 2, 3, 4};
        PasskeyAssertion assertion =
                bobPasskey.signWith(unknown, authenticatorData(RP_ID, UP | UV, 0), honestClientData(digest));
        assertThat(refusal("bob", assertion))
                .hasValueSatisfying(reason -> assertThat(reason).contains("is not one of bob's passkeys"));
    }

    @Test
    void anotherApproversCredential_isRefused() {
        assertThat(refusal("bob", carolPasskey.assertion(digest, RP_ID, ORIGIN)))
                .hasValueSatisfying(reason -> assertThat(reason).contains("is not one of bob's passkeys"));
    }

    @Test
    void signatureByAnotherKeyUnderBobsCredential_isRefused() {
        PasskeyAssertion assertion = carolPasskey.signWith(
                bobPasskey.credentialId(), authenticatorData(RP_ID, UP | UV, 0), honestClientData(digest));
        assertThat(refusal("bob", assertion))
                .hasValueSatisfying(reason -> assertThat(reason).contains("signature does not verify"));
    }

    @Test
    void alteredSignature_isRefused() {
        PasskeyAssertion honest = carolPasskey.assertion(digest, RP_ID, ORIGIN);
        byte[] signature = honest.signature();
        signature[10] ^= 1;
        PasskeyAssertion altered = new PasskeyAssertion(
                honest.credentialId(), honest.authenticatorData(), honest.clientDataJson(), signature);
        assertThat(refusal("carol", altered))
                .hasValueSatisfying(reason -> assertThat(reason).contains("signature does not verify"));
    }

    @Test
    void authenticatorDataChangedAfterSigning_isRefused() {
        PasskeyAssertion honest = bobPasskey.assertion(digest, RP_ID, ORIGIN);
        byte[] data = honest.authenticatorData();
        data[36] = 9;
        PasskeyAssertion altered =
                new PasskeyAssertion(honest.credentialId(), data, honest.clientDataJson(), honest.signature());
        assertThat(refusal("bob", altered))
                .hasValueSatisfying(reason -> assertThat(reason).contains("signature does not verify"));
    }

    @Test
    void clientDataThatIsNotJson_isRefused() {
        assertThat(refusal("bob", bobWith(UP | UV, "type=webauthn.get".getBytes(StandardCharsets.UTF_8))))
                .hasValueSatisfying(reason -> assertThat(reason).contains("not strict JSON"));
    }

    @Test
    void clientDataWithDuplicateKeys_isRefused() {
        byte[] json = clientData("webauthn.get", digest, ORIGIN, ",\"type\":\"webauthn.get\"");
        assertThat(refusal("bob", bobWith(UP | UV, json)))
                .hasValueSatisfying(reason -> assertThat(reason).contains("not strict JSON"));
    }

    @Test
    void clientDataThatIsAnArray_isRefused() {
        assertThat(refusal("bob", bobWith(UP | UV, "[1]".getBytes(StandardCharsets.UTF_8))))
                .hasValueSatisfying(reason -> assertThat(reason).contains("not a JSON object"));
    }

    @Test
    void clientDataThatIsNotUtf8_isRefused() {
        byte[] json = honestClientData(digest);
        json[json.length - 3] = (byte) 0xff;
        assertThat(refusal("bob", bobWith(UP | UV, json)))
                .hasValueSatisfying(reason -> assertThat(reason).contains("not UTF-8"));
    }

    @Test
    void refusalsReachTheDecisionWithTheApproverNamed() {
        ObjectNode event = event();
        addPasskeyApproval(event, "bob", bobWith(UP, honestClientData(digest)));

        Decision decision = fixtures.decide(policy, event);

        assertThat(decision.reasons())
                .anyMatch(reason -> reason.startsWith("passkey approval by bob does not count")
                        && reason.contains("user-verified"));
    }

    @Test
    void toStringStaysShort() {
        PasskeyAssertion assertion = bobPasskey.assertion(digest, RP_ID, ORIGIN);
        assertThat(new SignedApproval("bob", 1, EXPIRY, assertion).toString()).hasSizeLessThan(160);
    }
}
