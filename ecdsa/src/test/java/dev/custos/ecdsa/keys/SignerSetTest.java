package dev.custos.ecdsa.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.KeyFixtures;
import dev.custos.ecdsa.Secp256k1;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignerSetTest {
    private static final BigInteger Q = Secp256k1.FIELD.order();

    private final Map<Identifier, KeyShare> keys = KeyFixtures.keys(3, 5);
    private final KeyShare key = keys.get(Identifier.of(1));

    @Test
    void coefficients_matchLagrangeAtZero_andWeightedSharesSumToPublicKey() {
        List<Identifier> signers = List.of(Identifier.of(1), Identifier.of(3), Identifier.of(5));
        SignerSet set = key.signerSet(signers);
        Element total = Secp256k1.GROUP.identity();
        for (Identifier signer : signers) {
            BigInteger expected = BigInteger.ONE;
            for (Identifier other : signers) {
                if (!other.equals(signer)) {
                    BigInteger x = BigInteger.valueOf(other.value());
                    expected = expected.multiply(x)
                            .multiply(x.subtract(BigInteger.valueOf(signer.value()))
                                    .modInverse(Q));
                }
            }
            Scalar coefficient = set.coefficient(signer);
            assertThat(new BigInteger(1, coefficient.toBytes())).isEqualTo(expected.mod(Q));
            assertThat(set.weightedShare(signer))
                    .isEqualTo(key.verificationShare(signer).multiplyPublic(coefficient));
            total = total.add(set.weightedShare(signer));
        }
        assertThat(total).isEqualTo(key.publicKey());
        assertThat(set.weightedShareSum()).isEqualTo(total);
    }

    @Test
    void signerSet_isComputedOnce_andCoefficientsAreFreshScalars() {
        List<Identifier> signers = List.of(Identifier.of(1), Identifier.of(2), Identifier.of(4));
        SignerSet set = key.signerSet(signers);
        assertThat(key.signerSet(List.of(Identifier.of(1), Identifier.of(2), Identifier.of(4))))
                .isSameAs(set);
        Scalar first = set.coefficient(Identifier.of(2));
        first.wipe();
        assertThat(set.coefficient(Identifier.of(2)).isZero()).isFalse();
    }

    @Test
    void signerSet_unsortedDuplicateOrForeignSigners_areRefused() {
        assertThatThrownBy(() -> key.signerSet(List.of(Identifier.of(2), Identifier.of(1), Identifier.of(3))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sorted");
        assertThatThrownBy(() -> key.signerSet(List.of(Identifier.of(1), Identifier.of(1), Identifier.of(3))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> key.signerSet(List.of(Identifier.of(1), Identifier.of(3), Identifier.of(9))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("party 9");
        SignerSet set = key.signerSet(List.of(Identifier.of(1), Identifier.of(2), Identifier.of(3)));
        assertThatThrownBy(() -> set.weightedShare(Identifier.of(4)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not in the signer set");
    }
}
