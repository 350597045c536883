package dev.custos.policy.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.policy.Fixtures;
import dev.custos.policy.PolicyInputException;
import dev.custos.policy.approval.TestAuthenticator;
import java.util.Base64;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PasskeyPolicyParsingTest {
    private static final Fixtures FIXTURES = new Fixtures();
    private static final TestAuthenticator P256 = TestAuthenticator.create(PasskeyAlgorithm.ES256);
    private static final TestAuthenticator ED25519 = TestAuthenticator.create(PasskeyAlgorithm.EDDSA);

    /** alice: device key and a P-256 passkey; bob: only an Ed25519 passkey; webauthn on localhost. */
    private static ObjectNode document() {
        ObjectNode root = FIXTURES.document(1, "[]");
        approver(root, 0).putArray("passkeys").add(P256.policyEntry());
        ObjectNode bob = approver(root, 1);
        bob.remove("public_key");
        bob.putArray("passkeys").add(ED25519.policyEntry());
        root.putObject("webauthn").put("rp_id", "localhost").putArray("origins").add("http://localhost:8080");
        return root;
    }

    private static ObjectNode approver(ObjectNode root, int index) {
        return (ObjectNode) root.get("approvers").get(index);
    }

    private static ObjectNode alicePasskey(ObjectNode root) {
        return (ObjectNode) approver(root, 0).get("passkeys").get(0);
    }

    private static ArrayNode origins(ObjectNode root) {
        return (ArrayNode) root.get("webauthn").get("origins");
    }

    @Test
    void passkeysAndWebauthn_areRead() {
        Policy policy = PolicyParser.parse(document());

        Approver alice = policy.approver("alice").orElseThrow();
        Approver bob = policy.approver("bob").orElseThrow();
        assertThat(alice.publicKey()).isPresent();
        assertThat(alice.passkeys()).singleElement().satisfies(passkey -> {
            assertThat(passkey.algorithm()).isEqualTo(PasskeyAlgorithm.ES256);
            assertThat(passkey.credentialId()).isEqualTo(P256.credentialId());
        });
        assertThat(bob.publicKey()).isEmpty();
        assertThat(bob.passkey(ED25519.credentialId())).isPresent();
        assertThat(policy.webauthn()).hasValueSatisfying(webauthn -> {
            assertThat(webauthn.rpId()).isEqualTo("localhost");
            assertThat(webauthn.allowsOrigin("http://localhost:8080")).isTrue();
            assertThat(webauthn.allowsOrigin("http://localhost:8081")).isFalse();
        });
    }

    @Test
    void policyWithoutPasskeys_needsNoWebauthn() {
        assertThat(PolicyParser.parse(FIXTURES.document(1, "[]")).webauthn()).isEmpty();
    }

    static Stream<Arguments> invalidDocuments() {
        return Stream.of(
                invalid(
                        "webauthn missing",
                        root -> root.remove("webauthn"),
                        "webauthn (rp_id and origins) is required"),
                invalid(
                        "webauthn unknown field",
                        root -> ((ObjectNode) root.get("webauthn")).put("rp_name", "x"),
                        "webauthn: unknown field 'rp_name'"),
                invalid(
                        "rp_id missing",
                        root -> ((ObjectNode) root.get("webauthn")).remove("rp_id"),
                        "webauthn.rp_id must be a host name"),
                invalid(
                        "rp_id upper case",
                        root -> ((ObjectNode) root.get("webauthn")).put("rp_id", "Custody.example.com"),
                        "webauthn.rp_id 'Custody.example.com' is not a lower-case host name"),
                invalid(
                        "rp_id a URL",
                        root -> ((ObjectNode) root.get("webauthn")).put("rp_id", "https://example.com"),
                        "webauthn.rp_id 'https://example.com' is not"),
                invalid(
                        "rp_id an IP address",
                        root -> ((ObjectNode) root.get("webauthn")).put("rp_id", "127.0.0.1"),
                        "webauthn.rp_id '127.0.0.1' is not"),
                invalid(
                        "origins not an array",
                        root -> ((ObjectNode) root.get("webauthn")).put("origins", "http://localhost:8080"),
                        "webauthn.origins must be an array"),
                invalid("origins empty", root -> origins(root).removeAll(), "webauthn.origins must list 1 to 16"),
                invalid("origin not a string", root -> origins(root).add(5), "webauthn.origins must hold strings"),
                invalid(
                        "origin with a path",
                        root -> origins(root).add("https://example.com/"),
                        "'https://example.com/' is not an origin"),
                invalid(
                        "origin in upper case",
                        root -> origins(root).add("https://Example.com"),
                        "'https://Example.com' is not written as a browser writes an origin"),
                invalid(
                        "origin plain http",
                        root -> origins(root).add("http://example.com"),
                        "http is allowed only for localhost and 127.0.0.1"),
                invalid(
                        "origin other scheme",
                        root -> origins(root).add("ftp://example.com"),
                        "the scheme must be https"),
                invalid(
                        "origin listed twice",
                        root -> origins(root).add("http://localhost:8080"),
                        "webauthn.origins lists an origin twice"),
                invalid(
                        "passkeys not an array",
                        root -> approver(root, 0).put("passkeys", "x"),
                        "approver alice: field 'passkeys' must be an array"),
                invalid(
                        "passkey unknown field",
                        root -> alicePasskey(root).put("sign_count", 0),
                        "approver alice: passkeys[0]: unknown field 'sign_count'"),
                invalid(
                        "credential id missing",
                        root -> alicePasskey(root).remove("credential_id"),
                        "approver alice: passkeys[0].credential_id must be a non-empty string"),
                invalid(
                        "credential id padded",
                        root -> alicePasskey(root).put("credential_id", "AAE="),
                        "approver alice: passkeys[0].credential_id is not unpadded base64url"),
                invalid(
                        "credential id standard base64",
                        root -> alicePasskey(root).put("credential_id", "ab+/"),
                        "approver alice: passkeys[0].credential_id is not unpadded base64url"),
                invalid(
                        "credential id too long",
                        root -> alicePasskey(root).put("credential_id", "A".repeat(1366)),
                        "approver alice: passkeys[0]: credential_id must be 1 to 1023 bytes"),
                invalid(
                        "algorithm unknown",
                        root -> alicePasskey(root).put("algorithm", "RS256"),
                        "approver alice: passkeys[0].algorithm 'RS256' is not ES256 or EdDSA"),
                invalid(
                        "public key not base64",
                        root -> alicePasskey(root).put("public_key", "not base64!"),
                        "approver alice: passkeys[0].public_key is not base64"),
                invalid(
                        "public key not SPKI",
                        root -> alicePasskey(root)
                                .put("public_key", Base64.getEncoder().encodeToString(new byte[] {1, 2, 3})),
                        "approver alice: passkeys[0]: public_key is not"),
                invalid(
                        "ES256 with an Ed25519 key",
                        root -> alicePasskey(root)
                                .put(
                                        "public_key",
                                        ED25519.policyEntry().get("public_key").asText()),
                        "approver alice: passkeys[0]: public_key of an ES256 passkey must be a P-256 key"),
                invalid(
                        "EdDSA with a P-256 key",
                        root -> alicePasskey(root).put("algorithm", "EdDSA"),
                        "approver alice: passkeys[0]: public_key of an EdDSA passkey must be an Ed25519 key"),
                invalid(
                        "credential listed twice for one approver",
                        root -> ((ArrayNode) approver(root, 0).get("passkeys")).add(P256.policyEntry()),
                        "approver alice: passkey credential_id " + Base64Url.encode(P256.credentialId())
                                + " is listed twice"),
                invalid(
                        "credential of two approvers",
                        root -> approver(root, 2).putArray("passkeys").add(P256.policyEntry()),
                        "duplicate passkey credential_id '" + Base64Url.encode(P256.credentialId()) + "'"),
                invalid(
                        "neither device key nor passkey",
                        root -> approver(root, 1).remove("passkeys"),
                        "approver bob needs a device key (public_key) or at least one passkey (passkeys)"),
                invalid(
                        "misspelt passkeys field",
                        root -> approver(root, 2).putArray("passkey"),
                        "approver carol: unknown field 'passkey'"),
                invalid(
                        "public key not a string",
                        root -> approver(root, 0).put("public_key", 7),
                        "approver alice: public_key must be a non-empty hex string"));
    }

    private static Arguments invalid(String name, Consumer<ObjectNode> change, String message) {
        return Arguments.of(name, change, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDocuments")
    void invalidPasskeyFields_areRejectedNamingTheField(String name, Consumer<ObjectNode> change, String message) {
        ObjectNode root = document();
        change.accept(root);

        assertThatThrownBy(() -> PolicyParser.parse(root))
                .isInstanceOf(PolicyInputException.class)
                .hasMessageContaining(message);
    }
}
