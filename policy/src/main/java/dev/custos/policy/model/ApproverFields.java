package dev.custos.policy.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.policy.PolicyInputException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the approvers of a policy document with their credentials (device key, passkeys) and the {@code webauthn}
 * section that passkeys are verified against. Every error names the approver and the field.
 */
final class ApproverFields {
    private static final Set<String> APPROVER_FIELDS = Set.of("name", "public_key", "passkeys", "groups");
    private static final Set<String> PASSKEY_FIELDS = Set.of("credential_id", "algorithm", "public_key");
    private static final Set<String> WEBAUTHN_FIELDS = Set.of("rp_id", "origins");

    private ApproverFields() {}

    static Approver approver(JsonNode node) {
        if (!node.isObject()) {
            throw new PolicyInputException("approvers must hold objects");
        }
        String name = Fields.requiredText(node, "name");
        String where = "approver " + name;
        PolicyParser.checkFields(node, APPROVER_FIELDS, where);
        JsonNode key = node.get("public_key");
        Optional<byte[]> publicKey = Optional.empty();
        if (key != null && !key.isNull()) {
            if (!key.isTextual() || key.asText().isBlank()) {
                throw new PolicyInputException(where + ": public_key must be a non-empty hex string");
            }
            publicKey = Optional.of(PolicyParser.hex(key.asText(), where));
        }
        List<JsonNode> entries;
        try {
            entries = Fields.array(node, "passkeys");
        } catch (PolicyInputException e) {
            throw new PolicyInputException(where + ": " + e.getMessage(), e);
        }
        if (entries.size() > Approver.MAX_PASSKEYS) {
            throw new PolicyInputException(where + ": more than " + Approver.MAX_PASSKEYS + " passkeys");
        }
        List<Passkey> passkeys = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            passkeys.add(passkey(entries.get(i), where + ": passkeys[" + i + "]"));
        }
        return new Approver(name, publicKey, passkeys, Fields.texts(node, "groups"));
    }

    static Optional<WebAuthn> webauthn(JsonNode root) {
        JsonNode node = root.get("webauthn");
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        PolicyParser.checkFields(node, WEBAUTHN_FIELDS, "webauthn");
        JsonNode rpId = node.get("rp_id");
        if (rpId == null || !rpId.isTextual()) {
            throw new PolicyInputException("webauthn.rp_id must be a host name (string)");
        }
        JsonNode origins = node.get("origins");
        if (origins == null || !origins.isArray()) {
            throw new PolicyInputException("webauthn.origins must be an array of origins");
        }
        List<String> list = new ArrayList<>();
        for (JsonNode origin : origins) {
            if (!origin.isTextual()) {
                throw new PolicyInputException("webauthn.origins must hold strings");
            }
            list.add(origin.asText());
        }
        try {
            return Optional.of(new WebAuthn(rpId.asText(), list));
        } catch (IllegalArgumentException e) {
            throw new PolicyInputException(String.valueOf(e.getMessage()), e);
        }
    }

    private static Passkey passkey(JsonNode node, String where) {
        PolicyParser.checkFields(node, PASSKEY_FIELDS, where);
        byte[] credentialId;
        try {
            credentialId = Base64Url.decode(text(node, "credential_id", where), where + ".credential_id");
        } catch (IllegalArgumentException e) {
            throw new PolicyInputException(String.valueOf(e.getMessage()), e);
        }
        String algorithmName = text(node, "algorithm", where);
        PasskeyAlgorithm algorithm = PasskeyAlgorithm.byDocumentName(algorithmName)
                .orElseThrow(() ->
                        new PolicyInputException(where + ".algorithm '" + algorithmName + "' is not ES256 or EdDSA"));
        byte[] publicKey;
        try {
            publicKey = Base64.getDecoder().decode(text(node, "public_key", where));
        } catch (IllegalArgumentException e) {
            throw new PolicyInputException(where + ".public_key is not base64", e);
        }
        try {
            return new Passkey(credentialId, algorithm, publicKey);
        } catch (IllegalArgumentException e) {
            throw new PolicyInputException(where + ": " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw new PolicyInputException(where + "." + field + " must be a non-empty string");
        }
        return value.asText();
    }
}
