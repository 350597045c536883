package dev.custos.ecdsa.signature;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.chain.ethereum.PublicKeyRecovery;
import dev.custos.crypto.group.Element;
import dev.custos.crypto.group.secp256k1.Secp256k1Element;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.KeyFixtures;
import dev.custos.ecdsa.Secp256k1;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.keys.KeyShare;
import dev.custos.ecdsa.presign.PresignCeremony;
import dev.custos.ecdsa.presign.PresignatureInfo;
import dev.custos.ecdsa.sign.SigningCeremony;
import dev.custos.ecdsa.store.InMemoryPresignatureStore;
import dev.custos.ecdsa.store.PresignatureStore;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.junit.jupiter.api.Test;

/** Threshold signatures checked by independent verifiers: Bouncy Castle's ECDSA and public-key recovery. */
class SignatureVerificationTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256k1");
    private static final ECDomainParameters DOMAIN =
            new ECDomainParameters(CURVE.getCurve(), CURVE.getG(), CURVE.getN(), CURVE.getH());

    @Test
    void thresholdSignatures_verifyWithBouncyCastle_andRecoverTheKeyAndAddress() throws EcdsaException {
        Map<Identifier, KeyShare> keys = KeyFixtures.keys(2, 3);
        Element publicKey = keys.get(Identifier.of(1)).publicKey();
        for (int i = 0; i < 6; i++) {
            byte[] hash = new byte[32];
            RANDOM.nextBytes(hash);
            List<Identifier> signers = List.of(Identifier.of(1 + i % 3), Identifier.of(1 + (i + 1) % 3));
            EcdsaSignature signature = sign(keys, signers.stream().sorted().toList(), hash);

            ECDSASigner verifier = new ECDSASigner();
            verifier.init(false, new ECPublicKeyParameters(CURVE.getCurve().decodePoint(publicKey.encode()), DOMAIN));
            assertThat(verifier.verifySignature(
                            hash, signature.r().toBigInteger(), signature.s().toBigInteger()))
                    .isTrue();
            assertThat(signature.s().toBigInteger())
                    .isLessThanOrEqualTo(CURVE.getN().shiftRight(1));

            Element recovered = signature.recoverPublicKey(hash).orElseThrow();
            assertThat(recovered).isEqualTo(publicKey);
            assertThat(PublicKeyRecovery.addressOf(recovered).toChecksumHex())
                    .isEqualTo(PublicKeyRecovery.addressOf(publicKey).toChecksumHex());
            assertThat(signature.toEthereum()[64]).isIn((byte) 27, (byte) 28);
        }
    }

    @Test
    void normalizeLowS_flipsRecoveryId_soRecoveryStillFindsTheKey() {
        BigInteger secret = new BigInteger(255, RANDOM).add(BigInteger.ONE);
        Element publicKey = Secp256k1.GROUP.multiplyGenerator(Secp256k1.FIELD.of(secret));
        byte[] hash = new byte[32];
        RANDOM.nextBytes(hash);
        for (int attempt = 0; attempt < 8; attempt++) {
            // textbook single-party signature with a random nonce, to get both high and low S
            BigInteger k = new BigInteger(255, RANDOM).add(BigInteger.ONE);
            Element nonce = Secp256k1.GROUP.multiplyGenerator(Secp256k1.FIELD.of(k));
            BigInteger r = new BigInteger(1, java.util.Arrays.copyOfRange(nonce.encode(), 1, 33)).mod(CURVE.getN());
            BigInteger s = k.modInverse(CURVE.getN())
                    .multiply(new BigInteger(1, hash).add(r.multiply(secret)))
                    .mod(CURVE.getN());
            int recoveryId = ((Secp256k1Element) nonce).hasEvenY() ? 0 : 1;
            EcdsaSignature raw = new EcdsaSignature(Secp256k1.FIELD.of(r), Secp256k1.FIELD.of(s), recoveryId);
            EcdsaSignature normalized = raw.normalizeLowS();
            assertThat(normalized.isLowS()).isTrue();
            assertThat(normalized.recoveryId()).isEqualTo(raw.isLowS() ? recoveryId : recoveryId ^ 1);
            assertThat(raw.recoverPublicKey(hash)).contains(publicKey);
            assertThat(normalized.recoverPublicKey(hash)).contains(publicKey);
            assertThat(EcdsaVerifier.verifyLowS(publicKey, hash, normalized)).isTrue();
        }
    }

    @Test
    void verify_otherMessageOrKey_fails() throws EcdsaException {
        Map<Identifier, KeyShare> keys = KeyFixtures.keys(2, 3);
        byte[] hash = new byte[32];
        hash[3] = 9;
        EcdsaSignature signature = sign(keys, List.of(Identifier.of(2), Identifier.of(3)), hash);
        Element publicKey = keys.get(Identifier.of(1)).publicKey();
        byte[] other = hash.clone();
        other[31] = 1;
        assertThat(EcdsaVerifier.verify(publicKey, other, signature.r(), signature.s()))
                .isFalse();
        assertThat(EcdsaVerifier.verify(publicKey.add(Secp256k1.GROUP.generator()), hash, signature.r(), signature.s()))
                .isFalse();
        assertThat(signature.recoverPublicKey(other)).isNotEqualTo(java.util.Optional.of(publicKey));
    }

    private static EcdsaSignature sign(Map<Identifier, KeyShare> keys, List<Identifier> signers, byte[] hash)
            throws EcdsaException {
        Map<Identifier, PresignatureStore> stores = new TreeMap<>();
        signers.forEach(signer -> stores.put(signer, new InMemoryPresignatureStore()));
        PresignatureInfo info = PresignCeremony.run(keys, signers, stores, SessionId.random(RANDOM), RANDOM);
        return SigningCeremony.sign(info, stores, hash);
    }
}
