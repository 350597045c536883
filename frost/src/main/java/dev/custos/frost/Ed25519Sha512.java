package dev.custos.frost;

import dev.custos.crypto.group.Group;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.frost.internal.Hashes;

/**
 * FROST(Ed25519, SHA-512) (RFC 9591 §6.1). Signatures are 64-byte {@code R || z} and verify under RFC 8032 Ed25519.
 * H2 hashes without a context prefix, as Ed25519 does.
 *
 * <p>Verification is strict: {@code S} must be below L, and the public key and {@code R} must be canonical encodings of
 * points in the prime-order subgroup (the group's decoder rejects small-order components). For such points the
 * cofactored ({@code [8][S]B = [8]R + [8][k]A}) and cofactorless ({@code [S]B = R + [k]A}) equations agree, so this
 * verifier gives the same answer under either reading of RFC 8032. It is stricter than RFC 8032 (and ZIP 215) only for
 * keys or {@code R} with a torsion component, which it rejects; FROST never produces those, and none of Wycheproof's
 * valid vectors uses them.
 */
public final class Ed25519Sha512 extends SuiteSupport implements Ciphersuite {
    static final Ed25519Sha512 INSTANCE = new Ed25519Sha512();

    private Ed25519Sha512() {
        super("ed25519", "FROST-ED25519-SHA512-v1", 1, "FROST(Ed25519, SHA-512)");
    }

    @Override
    public Group group() {
        return Groups.ed25519();
    }

    /** SHA-512 of the input without a context prefix, reduced modulo L, as in Ed25519. */
    @Override
    public Scalar h2(byte[] input) {
        return scalarField().reduce(Hashes.sha512(input));
    }

    @Override
    Scalar labelledScalar(String label, byte[] input) {
        return scalarField().reduce(sha512(label, input));
    }

    @Override
    byte[] labelledDigest(String label, byte[] input) {
        return sha512(label, input);
    }
}
