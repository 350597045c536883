package dev.custos.policy.model;

import java.util.Arrays;
import java.util.Optional;

/** The signature algorithms a registered passkey may use (COSE names as WebAuthn reports them). */
public enum PasskeyAlgorithm {
    /** ECDSA on P-256 with SHA-256, the signature DER-encoded (COSE -7). */
    ES256("ES256"),
    /** Ed25519 (RFC 8032, pure), the signature 64 bytes (COSE -8). */
    EDDSA("EdDSA");

    private final String documentName;

    PasskeyAlgorithm(String documentName) {
        this.documentName = documentName;
    }

    /** The name in the policy document. */
    public String documentName() {
        return documentName;
    }

    /** The algorithm a policy document names exactly, if any. */
    public static Optional<PasskeyAlgorithm> byDocumentName(String name) {
        return Arrays.stream(values()).filter(a -> a.documentName.equals(name)).findFirst();
    }
}
