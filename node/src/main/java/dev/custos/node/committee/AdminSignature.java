package dev.custos.node.committee;

import static java.util.Objects.requireNonNull;

import dev.custos.node.identity.Ed25519PublicKey;
import dev.custos.node.identity.SigningKey;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * One admin's Ed25519 signature over a committee's {@link Committee#signedMessage()}. Public. Constructing one checks
 * only the lengths; {@link CommitteeVerifier} checks the signature.
 *
 * @param admin the admin's key
 * @param signature 64 bytes (RFC 8032)
 */
public record AdminSignature(Ed25519PublicKey admin, byte[] signature) {
    public AdminSignature {
        requireNonNull(admin, "admin is null");
        requireNonNull(signature, "signature is null");
        if (signature.length != Ed25519PublicKey.SIGNATURE_LENGTH) {
            throw new IllegalArgumentException(
                    "an admin signature is " + Ed25519PublicKey.SIGNATURE_LENGTH + " bytes, got " + signature.length);
        }
        signature = signature.clone();
    }

    /** {@code key}'s signature over {@code committee}. */
    public static AdminSignature sign(Committee committee, SigningKey key) {
        return new AdminSignature(key.publicKey(), key.sign(committee.signedMessage()));
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AdminSignature other
                && admin.equals(other.admin)
                && Arrays.equals(signature, other.signature);
    }

    @Override
    public int hashCode() {
        return 31 * admin.hashCode() + Arrays.hashCode(signature);
    }

    @Override
    public String toString() {
        return "AdminSignature[" + admin.toHex() + ", " + HexFormat.of().formatHex(signature) + "]";
    }
}
