package dev.custos.ecdsa.presign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.ecdsa.Secp256k1;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

/** The consistency check {@code χ·R − Γ = d·G}, computed through the constant-time digest of {@code χ·R}. */
class PeerCheckTest {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Scalar chi = Secp256k1.FIELD.randomNonZero(RANDOM);
    private final Scalar share = Secp256k1.FIELD.randomNonZero(RANDOM);
    private final Element point = Secp256k1.GROUP.multiplyGenerator(Secp256k1.FIELD.randomNonZero(RANDOM));

    @Test
    void productMatches_consistentCheckPoint_accepts() {
        Element check = point.multiplyPublic(chi).subtract(Secp256k1.GROUP.multiplyGenerator(share));

        assertThat(PeerCheck.productMatches(point, chi, check, share)).isTrue();
    }

    @Test
    void productMatches_checkPointOffByG_rejects() {
        Element check = point.multiplyPublic(chi)
                .subtract(Secp256k1.GROUP.multiplyGenerator(share))
                .add(Secp256k1.GROUP.generator());

        assertThat(PeerCheck.productMatches(point, chi, check, share)).isFalse();
    }

    @Test
    void productMatches_otherShare_rejects() {
        Element check = point.multiplyPublic(chi).subtract(Secp256k1.GROUP.multiplyGenerator(share));

        assertThat(PeerCheck.productMatches(point, chi, check, share.add(Secp256k1.FIELD.one())))
                .isFalse();
    }

    @Test
    void productMatches_checkPlusShareIsIdentity_rejectsWithoutThrowing() {
        Element check = Secp256k1.GROUP.multiplyGenerator(share).negate();

        assertThat(PeerCheck.productMatches(point, chi, check, share)).isFalse();
    }

    @Test
    void productMatches_identityPoint_rejectsWithoutThrowing() {
        Element check = Secp256k1.GROUP.multiplyGenerator(share);

        assertThat(PeerCheck.productMatches(Secp256k1.GROUP.identity(), chi, check, share))
                .isFalse();
    }
}
