package dev.custos.chain.ethereum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.group.secp256k1.Secp256k1Element;
import dev.custos.crypto.group.secp256k1.Secp256k1Group;
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

    @Test
    void addressOf_privateKeyOne_isTheWellKnownAddress() {
        // the address of secret key 1 (public key = G), widely published
        Secp256k1Element generator = Secp256k1Group.instance().generator();

        assertThat(PublicKeyRecovery.addressOf(generator).toChecksumHex())
                .isEqualTo("0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf");
        assertThat(PublicKeyRecovery.addressOf(generator.encodeUncompressed()))
                .isEqualTo(PublicKeyRecovery.addressOf(generator));
    }

    @Test
    void recover_highXRecoveryId_isEmptyWhenRPlusNIsNoFieldElement_andOnlyForIdsUpToThree() {
        BigInteger nearOrder = PublicKeyRecovery.ORDER.subtract(BigInteger.ONE);

        assertThat(PublicKeyRecovery.recover(HASH, nearOrder, BigInteger.ONE, 2))
                .isEmpty();
        assertThat(PublicKeyRecovery.recover(HASH, nearOrder, BigInteger.ONE, 3))
                .isEmpty();
        assertThatThrownBy(() -> PublicKeyRecovery.recover(HASH, BigInteger.ONE, BigInteger.ONE, 4))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PublicKeyRecovery.recover(HASH, BigInteger.ONE, BigInteger.ONE, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recover_andRecoverPublicKey_agree() {
        BigInteger n = PublicKeyRecovery.ORDER;
        BigInteger key = BigInteger.valueOf(0x1234567);
        BigInteger k = BigInteger.valueOf(0x7654321);
        ECPoint generator = CustomNamedCurves.getByName("secp256k1").getG();
        ECPoint r = generator.multiply(k).normalize();
        BigInteger rx = r.getAffineXCoord().toBigInteger().mod(n);
        BigInteger s = k.modInverse(n)
                .multiply(new BigInteger(1, HASH).add(rx.multiply(key)))
                .mod(n);
        int parity = r.getAffineYCoord().toBigInteger().testBit(0) ? 1 : 0;

        Secp256k1Element recovered =
                PublicKeyRecovery.recover(HASH, rx, s, parity).orElseThrow();

        assertThat(recovered.encodeUncompressed())
                .isEqualTo(generator.multiply(key).normalize().getEncoded(false))
                .isEqualTo(
                        PublicKeyRecovery.recoverPublicKey(HASH, rx, s, parity).orElseThrow());
    }
}
