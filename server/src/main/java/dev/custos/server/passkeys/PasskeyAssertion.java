package dev.custos.server.passkeys;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A verified approval assertion as the request keeps it and every node receives it: base64url without padding, as
 * WebAuthn's {@code toJSON()} gives them (docs/POLICY.md, "Passkey approvals").
 *
 * @param approver the person whose passkey made it
 * @param credentialId the credential id
 * @param authenticatorData the authenticator data
 * @param clientDataJson the client data JSON bytes
 * @param signature the signature over authenticatorData || SHA-256(clientDataJSON)
 */
public record PasskeyAssertion(
        String approver, String credentialId, String authenticatorData, String clientDataJson, String signature) {
    public PasskeyAssertion {
        requireNonNull(approver, "approver is null");
        requireNonNull(credentialId, "credentialId is null");
        requireNonNull(authenticatorData, "authenticatorData is null");
        requireNonNull(clientDataJson, "clientDataJson is null");
        requireNonNull(signature, "signature is null");
    }

    /**
     * The proof as a request or a policy-change approval keeps it and the policy library reads it ({@code
     * ApprovalJson.passkey}): {@code {"credential_id","authenticator_data","client_data_json","signature"}}.
     */
    public ObjectNode toJson() {
        ObjectNode proof = JsonNodeFactory.instance.objectNode();
        proof.put("credential_id", credentialId);
        proof.put("authenticator_data", authenticatorData);
        proof.put("client_data_json", clientDataJson);
        proof.put("signature", signature);
        return proof;
    }
}
