package dev.custos.frost.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.scalar.Scalar;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.Ciphersuites;
import dev.custos.frost.FrostErrorCode;
import dev.custos.frost.FrostException;
import dev.custos.frost.round1.ConsumedNonces;
import dev.custos.frost.round1.Round1;
import dev.custos.frost.round1.SigningNonces;
import java.math.BigInteger;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

/** Secret-holding types never print their values, compare in constant time, and refuse use after destruction. */
class SecretRedactionTest {
    private final Ciphersuite suite = Ciphersuites.secp256k1();
    private final SecureRandom random = new SecureRandom();

    @Test
    void signingShare_toStringIsRedactedAndEqualsSecretComparesValues() {
        Scalar value = suite.scalarField().of(BigInteger.valueOf(0xABCDEF));
        SigningShare share = SigningShare.of(suite, value);
        SigningShare same = SigningShare.of(suite, suite.scalarField().of(BigInteger.valueOf(0xABCDEF)));
        SigningShare other = SigningShare.of(suite, suite.scalarField().of(BigInteger.valueOf(5)));

        assertThat(share.toString())
                .contains("redacted")
                .doesNotContain("abcdef")
                .doesNotContain("11259375");
        assertThat(share.equalsSecret(same)).isTrue();
        assertThat(share.equalsSecret(other)).isFalse();
        assertThat(share).isNotEqualTo(same);
    }

    @Test
    void signingShare_destroyed_refusesUseAndCallerScalarSurvives() {
        Scalar value = suite.scalarField().of(BigInteger.valueOf(77));
        SigningShare share = SigningShare.of(suite, value);
        share.destroy();

        assertThat(share.isDestroyed()).isTrue();
        assertThatThrownBy(share::scalar).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(share::toBytes).isInstanceOf(IllegalStateException.class);
        assertThat(value.toBigInteger()).isEqualTo(BigInteger.valueOf(77));
    }

    @Test
    void signingShare_callerWipesItsScalar_shareKeepsAnIndependentCopy() {
        Scalar value = suite.scalarField().randomNonZero(random);
        byte[] expected = value.toBytes();
        SigningShare share = SigningShare.of(suite, value);
        SigningShare sibling = SigningShare.of(suite, share.scalar());

        value.wipe();

        assertThat(share.toBytes()).isEqualTo(expected);
        assertThat(share.scalar()).isNotSameAs(value);
        sibling.destroy();
        assertThat(share.isDestroyed()).isFalse();
        assertThat(share.toBytes()).isEqualTo(expected);
    }

    @Test
    void keyPackageAndNonces_toStringAreRedacted_andNoncesAreSingleUse() throws Exception {
        DealerOutput output = TrustedDealer.generate(suite, 2, 2, random);
        KeyPackage keyPackage =
                KeyPackage.fromVerified(output.secretShares().firstEntry().getValue());
        String secretHex =
                java.util.HexFormat.of().formatHex(keyPackage.signingShare().toBytes());
        SigningNonces nonces = Round1.commit(keyPackage, random);

        assertThat(keyPackage.toString()).contains("redacted").doesNotContain(secretHex);
        assertThat(nonces.toString()).contains("redacted");
        try (ConsumedNonces consumed = nonces.consume()) {
            assertThat(consumed.hiding().isZero()).isFalse();
            assertThat(consumed.toString()).contains("redacted");
        }
        assertThatThrownBy(nonces::consume)
                .isInstanceOfSatisfying(
                        FrostException.class, e -> assertThat(e.code()).isEqualTo(FrostErrorCode.NONCE_REUSED));
        assertThatThrownBy(nonces::serialize).isInstanceOf(FrostException.class);

        keyPackage.destroy();
        assertThat(keyPackage.isDestroyed()).isTrue();
        assertThatThrownBy(() -> Round1.commit(keyPackage, random)).isInstanceOf(IllegalStateException.class);
    }
}
