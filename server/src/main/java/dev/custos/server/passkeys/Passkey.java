package dev.custos.server.passkeys;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A passkey a person enrolled: the WebAuthn credential id, the person's user handle, the public key as the
 * authenticator gave it (COSE) and as a policy names it (X.509 SubjectPublicKeyInfo), and the last signature counter.
 * Binary values are base64url without padding.
 *
 * @param credentialId the credential id
 * @param person the person's name in the people registry
 * @param userHandle the WebAuthn user handle the server gave the person
 * @param publicKeyCose the COSE_Key bytes
 * @param publicKeySpki the SubjectPublicKeyInfo DER, base64url
 * @param algorithm {@code ES256} or {@code EdDSA}
 * @param signatureCount the highest signature counter seen
 * @param createdAt when it was enrolled
 */
public record Passkey(
        String credentialId,
        String person,
        String userHandle,
        String publicKeyCose,
        String publicKeySpki,
        String algorithm,
        long signatureCount,
        Instant createdAt) {
    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+");
    /** The algorithms the policy and the nodes verify. */
    public static final Set<String> ALGORITHMS = Set.of("ES256", "EdDSA");

    public Passkey {
        requireBase64Url(credentialId, "credentialId");
        requireNonNull(person, "person is null");
        requireBase64Url(userHandle, "userHandle");
        requireBase64Url(publicKeyCose, "publicKeyCose");
        requireBase64Url(publicKeySpki, "publicKeySpki");
        requireNonNull(createdAt, "createdAt is null");
        if (!ALGORITHMS.contains(algorithm)) {
            throw new IllegalArgumentException("passkey algorithm must be one of " + ALGORITHMS + ", not " + algorithm);
        }
        if (signatureCount < 0) {
            throw new IllegalArgumentException("signatureCount is negative");
        }
    }

    private static void requireBase64Url(String value, String name) {
        requireNonNull(value, name + " is null");
        if (!BASE64URL.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " is not base64url");
        }
    }

    /** The passkey with a higher signature counter. */
    public Passkey withSignatureCount(long count) {
        return new Passkey(credentialId, person, userHandle, publicKeyCose, publicKeySpki, algorithm, count, createdAt);
    }
}
