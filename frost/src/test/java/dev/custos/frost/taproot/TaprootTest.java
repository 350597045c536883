package dev.custos.frost.taproot;

import static dev.custos.frost.TestVectors.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.scalar.Scalar;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.Ciphersuites;
import dev.custos.frost.FrostErrorCode;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import dev.custos.frost.Signature;
import dev.custos.frost.SigningHarness;
import dev.custos.frost.aggregate.Aggregator;
import dev.custos.frost.keys.DealerOutput;
import dev.custos.frost.keys.KeyPackage;
import dev.custos.frost.keys.PublicKeyPackage;
import dev.custos.frost.keys.SecretShare;
import dev.custos.frost.keys.TrustedDealer;
import dev.custos.frost.round1.SigningNonces;
import dev.custos.frost.round2.Round2;
import dev.custos.frost.round2.SignatureShare;
import dev.custos.frost.round2.SigningContext;
import dev.custos.frost.round2.SigningPackage;
import fr.acinq.secp256k1.Secp256k1;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaprootTest {
    private static final Ciphersuite SUITE = Ciphersuites.secp256k1Taproot();
    private final SecureRandom random = new SecureRandom();

    /** A 2-of-3 key set whose group key has the requested Y parity. */
    private SigningHarness harnessWithParity(boolean evenY) throws FrostException {
        while (true) {
            Scalar secret = SUITE.scalarField().randomNonZero(random);
            boolean even = SUITE.group().multiplyGenerator(secret).encode()[0] == 0x02;
            if (even == evenY) {
                DealerOutput output = TrustedDealer.generate(SUITE, 2, 3, secret, random);
                SortedMap<Identifier, KeyPackage> keys = new TreeMap<>();
                for (SecretShare share : output.secretShares().values()) {
                    keys.put(share.identifier(), KeyPackage.fromVerified(share));
                }
                return new SigningHarness(SUITE, keys, output.publicKeyPackage());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void sign_groupKeyOfEitherParity_verifiesWithLibsecp256k1(boolean evenY) throws Exception {
        SigningHarness harness = harnessWithParity(evenY);
        assertThat(Taproot.hasEvenY(harness.publicKeyPackage().verifyingKey())).isEqualTo(evenY);
        byte[] message = new byte[32];
        random.nextBytes(message);

        Signature signature =
                harness.signAndAggregate(List.of(harness.identifier(1), harness.identifier(3)), message, random);

        byte[] xOnly = harness.publicKeyPackage().verifyingKey().publicKeyBytes();
        assertThat(Secp256k1.get().verifySchnorr(signature.encode(), message, xOnly))
                .isTrue();
        SUITE.verify(SUITE.decodePublicKey(xOnly), message, SUITE.decodeSignature(signature.encode()));
    }

    @Test
    void sign_groupCommitmentOfBothParities_verifies() throws Exception {
        SigningHarness harness = harnessWithParity(false);
        PublicKeyPackage even = Taproot.evenY(harness.publicKeyPackage());
        boolean sawOdd = false;
        boolean sawEven = false;
        for (int attempt = 0; attempt < 64 && !(sawOdd && sawEven); attempt++) {
            byte[] message = {(byte) attempt};
            SortedMap<Identifier, SigningNonces> nonces =
                    harness.commit(List.of(harness.identifier(1), harness.identifier(2)), random);
            SigningPackage signingPackage = harness.signingPackage(nonces, message);
            boolean odd =
                    SigningContext.compute(signingPackage, even.verifyingKey()).negateNonces();
            Signature signature = Aggregator.aggregate(
                    signingPackage, harness.sign(signingPackage, nonces), harness.publicKeyPackage());
            signature.verify(harness.publicKeyPackage().verifyingKey(), message);
            sawOdd |= odd;
            sawEven |= !odd;
        }
        assertThat(sawOdd).isTrue();
        assertThat(sawEven).isTrue();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void tweak_matchesBip341OutputKeyAndSignsForIt(boolean withMerkleRoot) throws Exception {
        SigningHarness harness = harnessWithParity(random.nextBoolean());
        byte[] merkleRoot = null;
        if (withMerkleRoot) {
            merkleRoot = new byte[32];
            Arrays.fill(merkleRoot, (byte) 12);
        }
        byte[] internalKey = harness.publicKeyPackage().verifyingKey().publicKeyBytes();
        byte[] expectedOutputKey = bip341OutputKey(internalKey, merkleRoot);

        PublicKeyPackage tweakedPublic = Taproot.tweak(harness.publicKeyPackage(), merkleRoot);
        assertThat(tweakedPublic.verifyingKey().publicKeyBytes()).isEqualTo(expectedOutputKey);

        byte[] message = new byte[32];
        random.nextBytes(message);
        List<Identifier> signers = List.of(harness.identifier(2), harness.identifier(3));
        SortedMap<Identifier, SigningNonces> nonces = harness.commit(signers, random);
        SigningPackage signingPackage = harness.signingPackage(nonces, message);
        SortedMap<Identifier, SignatureShare> shares = new TreeMap<>();
        for (Identifier signer : signers) {
            KeyPackage tweaked = Taproot.tweak(harness.keyPackages().get(signer), merkleRoot);
            shares.put(signer, Round2.sign(signingPackage, nonces.get(signer), tweaked));
        }
        Signature signature = Aggregator.aggregate(signingPackage, shares, tweakedPublic);

        assertThat(Secp256k1.get().verifySchnorr(signature.encode(), message, expectedOutputKey))
                .isTrue();
        assertThat(Secp256k1.get().verifySchnorr(signature.encode(), message, internalKey))
                .isFalse();
        assertThatThrownBy(() -> Aggregator.aggregate(signingPackage, shares, harness.publicKeyPackage()))
                .isInstanceOfSatisfying(
                        FrostException.class,
                        e -> assertThat(e.code()).isEqualTo(FrostErrorCode.INVALID_SIGNATURE_SHARE));
    }

    @Test
    void evenY_oddKey_negatesIntoAnIndependentKeyPackage() throws Exception {
        SigningHarness harness = harnessWithParity(false);
        KeyPackage original = harness.keyPackages().get(harness.identifier(1));
        byte[] share = original.signingShare().toBytes();

        KeyPackage even = Taproot.evenY(original);
        KeyPackage tweaked = Taproot.tweak(original, null);

        assertThat(even.signingShare().scalar())
                .isEqualTo(original.signingShare().scalar().negate());
        assertThat(tweaked.signingShare().scalar())
                .isEqualTo(original.signingShare()
                        .scalar()
                        .negate()
                        .add(Taproot.tweakScalar(original.verifyingKey(), null)));
        assertThat(Taproot.hasEvenY(even.verifyingKey())).isTrue();
        even.destroy();
        tweaked.destroy();
        assertThat(original.isDestroyed()).isFalse();
        assertThat(original.signingShare().toBytes()).isEqualTo(share);
    }

    @Test
    void tweak_otherSuite_isRejected() throws Exception {
        SigningHarness harness = SigningHarness.withDealer(Ciphersuites.secp256k1(), 2, 2, random);
        assertThatThrownBy(() -> Taproot.tweak(harness.publicKeyPackage(), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Taproot.tweakScalar(harness.publicKeyPackage().verifyingKey(), new byte[31]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tweakScalar_knownBip341Value() throws Exception {
        // Independent computation of hash_TapTweak(x(P)) with the JDK's SHA-256, for P = G.
        byte[] generatorX = hex("79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798");
        byte[] tag = MessageDigest.getInstance("SHA-256").digest("TapTweak".getBytes(StandardCharsets.UTF_8));
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update(tag);
        digest.update(tag);
        byte[] expected = digest.digest(generatorX);

        Scalar tweak = Taproot.tweakScalar(
                new dev.custos.frost.VerifyingKey(SUITE, SUITE.group().generator()), null);

        assertThat(tweak.toBytes()).isEqualTo(expected);
    }

    /** BIP341 {@code taproot_tweak_pubkey}, computed with libsecp256k1 and the JDK's SHA-256. */
    private static byte[] bip341OutputKey(byte[] internalKey, byte[] merkleRoot) throws Exception {
        byte[] tag = MessageDigest.getInstance("SHA-256").digest("TapTweak".getBytes(StandardCharsets.UTF_8));
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update(tag);
        digest.update(tag);
        digest.update(internalKey);
        if (merkleRoot != null) {
            digest.update(merkleRoot);
        }
        byte[] tweak = digest.digest();
        byte[] evenKey = new byte[33];
        evenKey[0] = 0x02;
        System.arraycopy(internalKey, 0, evenKey, 1, 32);
        byte[] output = Secp256k1.get().pubKeyTweakAdd(evenKey, tweak);
        byte[] compressed = Secp256k1.get().pubKeyCompress(output);
        return Arrays.copyOfRange(compressed, 1, 33);
    }

    @Test
    void outputKey_bip341WalletVectorWithoutScriptTree_matchesPublishedScriptPubKey() throws Exception {
        // bip-0341/wallet-test-vectors.json, keyPathSpending input 0: internal key, no merkle root, spent output.
        byte[] internalKey = hex("d6889cb081036e0faefa3a35157ad71086b123b2b144b649798b494c300a961d");

        byte[] outputKey =
                Taproot.outputKey(SUITE.decodePublicKey(internalKey), null).publicKeyBytes();

        assertThat(outputKey).isEqualTo(hex("53a1f6e454df1aa2776a2814a721372d6258050de330b3c6d10ee8f4e0dda343"));
        assertThat(Taproot.tweakScalar(SUITE.decodePublicKey(internalKey), null).toBytes())
                .isEqualTo(hex("b86e7be8f39bab32a6f2c0443abbc210f0edac0e2c53d501b36b64437d9c6c70"));
    }
}
