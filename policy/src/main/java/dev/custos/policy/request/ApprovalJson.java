package dev.custos.policy.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.policy.PolicyInputException;
import dev.custos.policy.model.Base64Url;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Set;

/**
 * The JSON form of a signed approval in {@code custos.approvals} (docs/EVENTS.md): {@code {"approver",
 * "policy_version", "expires_at"}} with either {@code "signature"} (the device key's 64-byte Ed25519 signature, hex) or
 * {@code "passkey": {"credential_id", "authenticator_data", "client_data_json", "signature"}} (unpadded base64url each,
 * as WebAuthn's {@code toJSON()} gives them). Reading names the field that is wrong.
 */
public final class ApprovalJson {
    private static final Set<String> PASSKEY_FIELDS =
            Set.of("credential_id", "authenticator_data", "client_data_json", "signature");

    private ApprovalJson() {}

    /**
     * The approval {@code element} holds.
     *
     * @param where how errors name the element, such as {@code custos.approvals[0]}
     * @throws PolicyInputException naming the field that is missing or wrong
     */
    public static SignedApproval read(JsonNode element, String where) {
        JsonNode approver = element.get("approver");
        JsonNode version = element.get("policy_version");
        JsonNode expires = element.get("expires_at");
        JsonNode signature = element.get("signature");
        JsonNode passkey = element.get("passkey");
        if (approver == null
                || !approver.isTextual()
                || version == null
                || !version.canConvertToExactIntegral()
                || !version.canConvertToLong()
                || expires == null
                || !expires.isTextual()
                || (signature == null) == (passkey == null)) {
            throw new PolicyInputException(where + " needs approver (string), policy_version (integer), expires_at"
                    + " (RFC 3339) and either signature (hex) or passkey (object)");
        }
        Instant expiresAt;
        try {
            expiresAt = Instant.parse(expires.asText());
        } catch (DateTimeParseException e) {
            throw new PolicyInputException(where + ".expires_at is not RFC 3339: " + expires.asText(), e);
        }
        ApprovalProof proof = signature != null ? deviceSignature(signature, where) : passkey(passkey, where);
        return new SignedApproval(approver.asText(), version.asLong(), expiresAt, proof);
    }

    /** The JSON form of {@code approval}, as {@link #read} reads it. */
    public static ObjectNode write(SignedApproval approval) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("approver", approval.approver());
        node.put("policy_version", approval.policyVersion());
        node.put("expires_at", approval.expiresAt().toString());
        switch (approval.proof()) {
            case DeviceSignature signature ->
                node.put("signature", HexFormat.of().formatHex(signature.signature()));
            case PasskeyAssertion assertion -> {
                ObjectNode passkey = node.putObject("passkey");
                passkey.put("credential_id", Base64Url.encode(assertion.credentialId()));
                passkey.put("authenticator_data", Base64Url.encode(assertion.authenticatorData()));
                passkey.put("client_data_json", Base64Url.encode(assertion.clientDataJson()));
                passkey.put("signature", Base64Url.encode(assertion.signature()));
            }
        }
        return node;
    }

    private static DeviceSignature deviceSignature(JsonNode signature, String where) {
        if (!signature.isTextual()) {
            throw new PolicyInputException(where + ".signature must be hex");
        }
        String text = signature.asText();
        try {
            return new DeviceSignature(HexFormat.of().parseHex(text.startsWith("0x") ? text.substring(2) : text));
        } catch (IllegalArgumentException e) {
            throw new PolicyInputException(where + ".signature: " + e.getMessage(), e);
        }
    }

    /**
     * A passkey assertion in its JSON form ({@code {"credential_id","authenticator_data","client_data_json",
     * "signature"}}, unpadded base64url each), as requests and policy-change approvals keep it.
     *
     * @throws PolicyInputException naming the field at {@code where} that does not read
     */
    public static PasskeyAssertion passkey(JsonNode passkey, String where) {
        String at = where + ".passkey";
        if (!passkey.isObject()) {
            throw new PolicyInputException(at + " must be an object");
        }
        for (Iterator<String> names = passkey.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!PASSKEY_FIELDS.contains(name)) {
                throw new PolicyInputException(at + ": unknown field '" + name + "'");
            }
        }
        try {
            return new PasskeyAssertion(
                    binary(passkey, "credential_id", at),
                    binary(passkey, "authenticator_data", at),
                    binary(passkey, "client_data_json", at),
                    binary(passkey, "signature", at));
        } catch (IllegalArgumentException e) {
            throw new PolicyInputException(at + ": " + e.getMessage(), e);
        }
    }

    private static byte[] binary(JsonNode passkey, String field, String at) {
        JsonNode value = passkey.get(field);
        if (value == null || !value.isTextual()) {
            throw new PolicyInputException(at + "." + field + " must be a base64url string");
        }
        if (value.asText().length() > 4 * 1024) {
            throw new PolicyInputException(at + "." + field + " is too long");
        }
        try {
            return Base64Url.decode(value.asText(), at + "." + field);
        } catch (IllegalArgumentException e) {
            throw new PolicyInputException(String.valueOf(e.getMessage()), e);
        }
    }
}
