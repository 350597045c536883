package dev.custos.frost;

import dev.custos.crypto.group.Group;
import dev.custos.crypto.scalar.Scalar;

/**
 * FROST(secp256k1, SHA-256) (RFC 9591 §6.5). H1, H2, H3 are hash_to_field with expand_message_xmd (SHA-256); signatures
 * are 65 bytes: compressed {@code R} (33) followed by big-endian {@code z} (32).
 */
public final class Secp256k1Sha256 extends SuiteSupport implements Ciphersuite {
    static final Secp256k1Sha256 INSTANCE = new Secp256k1Sha256();

    private Secp256k1Sha256() {
        super("secp256k1", "FROST-secp256k1-SHA256-v1", 2, "FROST(secp256k1, SHA-256)");
    }

    @Override
    public Group group() {
        return Groups.secp256k1();
    }

    @Override
    public Scalar h2(byte[] input) {
        return labelledScalar("chal", input);
    }

    @Override
    Scalar labelledScalar(String label, byte[] input) {
        return secp256k1HashToField(label, input);
    }

    @Override
    byte[] labelledDigest(String label, byte[] input) {
        return sha256(label, input);
    }
}
