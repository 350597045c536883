package dev.custos.policy.request;

import dev.custos.policy.model.Base64Url;
import java.util.Arrays;
import java.util.Objects;

/**
 * A WebAuthn assertion ({@code navigator.credentials.get}) by one of the approver's passkeys, as the browser returns
 * it. Its client data's challenge must be the approval digest v2; {@code dev.custos.policy.approval.PasskeyVerification}
 * checks everything else. Public data: nothing here is secret, but the sizes are bounded because a peer sends it.
 *
 * @param credentialId the credential id, 1 to {@value #MAX_CREDENTIAL_ID_LENGTH} bytes
 * @param authenticatorData {@value #MIN_AUTHENTICATOR_DATA_LENGTH} to {@value #MAX_AUTHENTICATOR_DATA_LENGTH} bytes
 * @param clientDataJson the UTF-8 client data JSON, 1 to {@value #MAX_CLIENT_DATA_LENGTH} bytes
 * @param signature the authenticator's signature over {@code authenticatorData || SHA-256(clientDataJson)}, 1 to
 *     {@value #MAX_SIGNATURE_LENGTH} bytes
 */
public record PasskeyAssertion(byte[] credentialId, byte[] authenticatorData, byte[] clientDataJson, byte[] signature)
        implements ApprovalProof {
    public static final int MAX_CREDENTIAL_ID_LENGTH = 1023;
    public static final int MIN_AUTHENTICATOR_DATA_LENGTH = 37;
    public static final int MAX_AUTHENTICATOR_DATA_LENGTH = 1024;
    public static final int MAX_CLIENT_DATA_LENGTH = 2048;
    public static final int MAX_SIGNATURE_LENGTH = 256;

    public PasskeyAssertion {
        Objects.requireNonNull(credentialId, "credentialId is null");
        Objects.requireNonNull(authenticatorData, "authenticatorData is null");
        Objects.requireNonNull(clientDataJson, "clientDataJson is null");
        Objects.requireNonNull(signature, "signature is null");
        bounded("credential id", credentialId.length, 1, MAX_CREDENTIAL_ID_LENGTH);
        bounded(
                "authenticator data",
                authenticatorData.length,
                MIN_AUTHENTICATOR_DATA_LENGTH,
                MAX_AUTHENTICATOR_DATA_LENGTH);
        bounded("client data JSON", clientDataJson.length, 1, MAX_CLIENT_DATA_LENGTH);
        bounded("signature", signature.length, 1, MAX_SIGNATURE_LENGTH);
        credentialId = credentialId.clone();
        authenticatorData = authenticatorData.clone();
        clientDataJson = clientDataJson.clone();
        signature = signature.clone();
    }

    private static void bounded(String what, int length, int min, int max) {
        if (length < min || length > max) {
            throw new IllegalArgumentException(
                    "a passkey assertion's " + what + " must be " + min + " to " + max + " bytes, got " + length);
        }
    }

    @Override
    public byte[] credentialId() {
        return credentialId.clone();
    }

    @Override
    public byte[] authenticatorData() {
        return authenticatorData.clone();
    }

    @Override
    public byte[] clientDataJson() {
        return clientDataJson.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PasskeyAssertion that
                && Arrays.equals(credentialId, that.credentialId)
                && Arrays.equals(authenticatorData, that.authenticatorData)
                && Arrays.equals(clientDataJson, that.clientDataJson)
                && Arrays.equals(signature, that.signature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                Arrays.hashCode(credentialId),
                Arrays.hashCode(authenticatorData),
                Arrays.hashCode(clientDataJson),
                Arrays.hashCode(signature));
    }

    @Override
    public String toString() {
        String id = Base64Url.encode(credentialId);
        return "PasskeyAssertion[credential " + (id.length() > 16 ? id.substring(0, 16) + "…" : id) + ", "
                + authenticatorData.length + "+" + clientDataJson.length + "+" + signature.length + " bytes]";
    }
}
