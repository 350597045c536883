package dev.custos.chain.ethereum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.SecureRandom;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;

class PublicKeyRecoveryTest {
    private static final byte[] HASH = Keccak256.hash("message");

    @Test
    void recover_signatureMadeWithBouncyCastle_returnsTheSignersKey() {
        // sign with textbook ECDSA (k chosen at random) and check recovery finds the key for the right parity
        SecureRandom random = new SecureRandom();
        ECPoint generator = CustomNamedCurves.getByName("secp256k1").getG();
        BigInteger n = PublicKeyRecovery.ORDER;
        BigInteger key = new BigInteger(255, random).add(BigInteger.ONE);
        BigInteger k = new BigInteger(255, random).add(BigInteger.ONE);
        ECPoint r = generator.multiply(k).normalize();
        BigInteger rx = r.getAffineXCoord().toBigInteger().mod(n);
        BigInteger s = k.modInverse(n)
                .multiply(new BigInteger(1, HASH).add(rx.multiply(key)))
                .mod(n);
        int parity = r.getAffineYCoord().toBigInteger().testBit(0) ? 1 : 0;
        byte[] expected = generator.multiply(key).normalize().getEncoded(false);

        assertThat(PublicKeyRecovery.recoverPublicKey(HASH, rx, s, parity))
                .hasValueSatisfying(recovered -> assertThat(recovered).isEqualTo(expected));
        assertThat(PublicKeyRecovery.recoverPublicKey(HASH, rx, s, 1 - parity))
                .hasValueSatisfying(recovered -> assertThat(recovered).isNotEqualTo(expected));
    }

    @Test
    void recover_outOfRangeScalars_isEmpty() {
        BigInteger one = BigInteger.ONE;
        assertThat(PublicKeyRecovery.recoverAddress(HASH, BigInteger.ZERO, one, 0))
                .isEmpty();
        assertThat(PublicKeyRecovery.recoverAddress(HASH, one, BigInteger.ZERO, 0))
                .isEmpty();
        assertThat(PublicKeyRecovery.recoverAddress(HASH, PublicKeyRecovery.ORDER, one, 0))
                .isEmpty();
        assertThat(PublicKeyRecovery.recoverAddress(HASH, one, PublicKeyRecovery.ORDER, 0))
                .isEmpty();
    }

    @Test
    void recover_xNotOnTheCurve_isEmpty() {
        // x = 5 is not the x-coordinate of a secp256k1 point (5^3 + 7 = 132 is not a square mod p)
        assertThat(PublicKeyRecovery.recoverAddress(HASH, BigInteger.valueOf(5), BigInteger.ONE, 0))
                .isEmpty();
    }

    @Test
    void recover_badArguments_throw() {
        assertThatThrownBy(() -> PublicKeyRecovery.recoverAddress(new byte[31], BigInteger.ONE, BigInteger.ONE, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PublicKeyRecovery.recoverAddress(HASH, BigInteger.ONE, BigInteger.ONE, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
