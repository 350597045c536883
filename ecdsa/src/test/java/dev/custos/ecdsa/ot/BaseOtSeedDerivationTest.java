package dev.custos.ecdsa.ot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.group.secp256k1.Secp256k1Backend;
import dev.custos.crypto.group.secp256k1.Secp256k1Group;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.ecdsa.Secp256k1;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The base-OT pads are {@code H(ctx, k, B, A_k, SHA-256(compressed shared point))}: checked against a receiver built
 * by hand, whose shared point the test computes on its own, with the choices computed on either secp256k1 backend.
 */
class BaseOtSeedDerivationTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] CONTEXT = "seed derivation 1->2".getBytes(StandardCharsets.US_ASCII);

    @Test
    void finish_choicesOnBouncyCastle_chosenPadIsHashOfSharedPointDigest() {
        assertChosenPadsMatchDerivation(Secp256k1Group.withBackend(Secp256k1Backend.BOUNCY_CASTLE));
    }

    @Test
    void finish_choicesOnLibsecp256k1_chosenPadIsHashOfSharedPointDigest() {
        assumeTrue(Secp256k1Group.isNativeAvailable(), "libsecp256k1 does not load on this platform");
        assertChosenPadsMatchDerivation(Secp256k1Group.withBackend(Secp256k1Backend.LIBSECP256K1));
    }

    @Test
    void finish_choiceEqualsSenderKey_otherPadUsesTheIdentityDigest() {
        BaseOtSender sender = BaseOtSender.start(CONTEXT, RANDOM);
        Element key = sender.message(RANDOM).publicKey();
        List<Element> choices = new ArrayList<>();
        for (int k = 0; k < BaseOt.COUNT; k++) {
            choices.add(key);
        }

        OtSeedPairs pairs = sender.finish(new BaseOtReceiverMessage(choices));

        byte[] identityDigest = sha256(new byte[] {0x00});
        for (int k = 0; k < BaseOt.COUNT; k++) {
            assertThat(pairs.seed(k, 1)).isEqualTo(BaseOtReceiver.seed(CONTEXT, k, key, key, identityDigest));
            assertThat(pairs.seed(k, 0)).isNotEqualTo(pairs.seed(k, 1));
        }
    }

    /** A receiver with known {@code a_k} and alternating choices {@code c_k}: {@code A_k = a_k·G + c_k·B}. */
    private static void assertChosenPadsMatchDerivation(Secp256k1Group group) {
        BaseOtSender sender = BaseOtSender.start(CONTEXT, RANDOM);
        Element key = group.identity().add(sender.message(RANDOM).publicKey());
        List<Element> choices = new ArrayList<>();
        List<byte[]> expected = new ArrayList<>();
        for (int k = 0; k < BaseOt.COUNT; k++) {
            Scalar secret = Secp256k1.FIELD.randomNonZero(RANDOM);
            Element choice = group.multiplyGenerator(secret);
            if (k % 2 == 1) {
                choice = choice.add(key);
            }
            choices.add(choice);
            byte[] sharedDigest = sha256(key.multiplyPublic(secret).encode());
            expected.add(BaseOtReceiver.seed(CONTEXT, k, key, choice, sharedDigest));
        }

        OtSeedPairs pairs = sender.finish(new BaseOtReceiverMessage(choices));

        for (int k = 0; k < BaseOt.COUNT; k++) {
            assertThat(pairs.seed(k, k % 2)).isEqualTo(expected.get(k));
            assertThat(pairs.seed(k, 1 - k % 2)).isNotEqualTo(expected.get(k));
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
