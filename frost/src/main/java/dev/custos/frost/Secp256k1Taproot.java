package dev.custos.frost;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import dev.custos.crypto.group.Group;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.frost.internal.EvenY;
import dev.custos.frost.internal.Hashes;
import java.util.Arrays;

/**
 * FROST(secp256k1, SHA-256) producing BIP340 Schnorr signatures, compatible with ZF's {@code frost-secp256k1-tr}. H1,
 * H3, H4, H5 follow RFC 9591 §6.5 with context {@code FROST-secp256k1-SHA256-TR-v1}; H2 is the BIP340 tagged hash
 * {@code BIP0340/challenge} over {@code x(R) || x(P) || m}. The group key and the group commitment are used with even
 * Y: signers negate their shares (odd group key) and nonces (odd commitment). Signatures are 64 bytes {@code x(R) || z}
 * and keys 32-byte x-only.
 */
public final class Secp256k1Taproot extends SuiteSupport implements Ciphersuite {
    static final Secp256k1Taproot INSTANCE = new Secp256k1Taproot();

    private static final int X_LENGTH = 32;

    private Secp256k1Taproot() {
        super("secp256k1-tr", "FROST-secp256k1-SHA256-TR-v1", 3, "FROST(secp256k1, SHA-256, BIP340)");
    }

    @Override
    public Group group() {
        return Groups.secp256k1();
    }

    /** The BIP340 challenge hash, reduced modulo n. */
    @Override
    public Scalar h2(byte[] input) {
        return scalarField().reduce(Hashes.taggedSha256("BIP0340/challenge", input));
    }

    @Override
    Scalar labelledScalar(String label, byte[] input) {
        return secp256k1HashToField(label, input);
    }

    @Override
    byte[] labelledDigest(String label, byte[] input) {
        return sha256(label, input);
    }

    @Override
    public Scalar challenge(Element commitment, VerifyingKey key, byte[] message) {
        return h2(Hashes.concatenate(EvenY.xOnly(commitment), EvenY.xOnly(key.element()), message));
    }

    @Override
    public boolean requiresEvenY() {
        return true;
    }

    @Override
    public int signatureLength() {
        return 2 * X_LENGTH;
    }

    @Override
    public byte[] encodeSignature(Signature signature) {
        requireNonNull(signature, "signature is null");
        return Hashes.concatenate(
                EvenY.xOnly(signature.commitment()), signature.z().toBytes());
    }

    /** Decodes {@code x(R) || z}; {@code R} is lifted to the point with even Y. */
    @Override
    public Signature decodeSignature(byte[] encoding) throws InvalidEncodingException {
        if (encoding == null || encoding.length != signatureLength()) {
            throw new InvalidEncodingException("BIP340 signature must be " + signatureLength() + " bytes");
        }
        Element commitment = group().decode(EvenY.liftXEncoding(Arrays.copyOfRange(encoding, 0, X_LENGTH)));
        Scalar z = scalarField().decode(Arrays.copyOfRange(encoding, X_LENGTH, 2 * X_LENGTH));
        return new Signature(this, commitment, z);
    }

    @Override
    public int publicKeyLength() {
        return X_LENGTH;
    }

    /** The 32-byte x-only key (BIP340). */
    @Override
    public byte[] encodePublicKey(VerifyingKey key) {
        return EvenY.xOnly(requireNonNull(key, "key is null").element());
    }

    /** Lifts a 32-byte x-only key to the point with even Y. */
    @Override
    public VerifyingKey decodePublicKey(byte[] encoding) throws InvalidEncodingException {
        if (encoding == null || encoding.length != X_LENGTH) {
            throw new InvalidEncodingException("x-only public key must be " + X_LENGTH + " bytes");
        }
        return VerifyingKey.decode(this, EvenY.liftXEncoding(encoding));
    }

    /** BIP340 verification: the key and {@code R} are taken with even Y, as their x-only encodings imply. */
    @Override
    public void verify(VerifyingKey key, byte[] message, Signature signature) throws FrostException {
        SchnorrVerifier.requireSuite(this, signature);
        requireNonNull(key, "key is null");
        VerifyingKey evenKey = new VerifyingKey(key.suite(), EvenY.toEvenY(key.element()));
        SchnorrVerifier.verify(this, evenKey, message, EvenY.toEvenY(signature.commitment()), signature.z());
    }
}
