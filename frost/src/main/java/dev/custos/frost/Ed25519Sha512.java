package dev.custos.frost;

import static dev.custos.frost.internal.Hashes.ascii;
import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import dev.custos.crypto.group.Group;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.frost.internal.Hashes;
import dev.custos.frost.keys.VerifyingKey;
import java.util.Arrays;

/**
 * FROST(Ed25519, SHA-512) (RFC 9591 §6.1). Signatures are 64-byte {@code R || z} and verify under RFC 8032 Ed25519.
 * H2 hashes without a context prefix, as Ed25519 does.
 *
 * <p>Verification is strict: {@code S} must be below L, and the public key and {@code R} must be canonical encodings of
 * points in the prime-order subgroup (the group's decoder rejects small-order components). For such points the
 * cofactored ({@code [8][S]B = [8]R + [8][k]A}) and cofactorless ({@code [S]B = R + [k]A}) equations agree, so this
 * verifier gives the same answer under either reading of RFC 8032. It is stricter than RFC 8032 (and ZIP 215) only for
 * keys or {@code R} with a torsion component, which it rejects; FROST never produces those, and none of Wycheproof's
 * valid vectors uses them.
 */
public final class Ed25519Sha512 implements Ciphersuite {
    static final Ed25519Sha512 INSTANCE = new Ed25519Sha512();

    private static final String CONTEXT = "FROST-ED25519-SHA512-v1";
    private static final byte[] CONTEXT_BYTES = ascii(CONTEXT);
    private static final int ELEMENT_LENGTH = 32;

    private Ed25519Sha512() {}

    @Override
    public String name() {
        return "ed25519";
    }

    @Override
    public String contextString() {
        return CONTEXT;
    }

    @Override
    public int id() {
        return 1;
    }

    @Override
    public Group group() {
        return Groups.ed25519();
    }

    @Override
    public Scalar h1(byte[] input) {
        return labelledScalar("rho", input);
    }

    @Override
    public Scalar h2(byte[] input) {
        return scalarField().reduce(Hashes.sha512(input));
    }

    @Override
    public Scalar h3(byte[] input) {
        return labelledScalar("nonce", input);
    }

    @Override
    public byte[] h4(byte[] input) {
        return Hashes.sha512(CONTEXT_BYTES, ascii("msg"), input);
    }

    @Override
    public byte[] h5(byte[] input) {
        return Hashes.sha512(CONTEXT_BYTES, ascii("com"), input);
    }

    @Override
    public Scalar hdkg(byte[] input) {
        return labelledScalar("dkg", input);
    }

    @Override
    public Scalar hid(byte[] input) {
        return labelledScalar("id", input);
    }

    private Scalar labelledScalar(String label, byte[] input) {
        return scalarField().reduce(Hashes.sha512(CONTEXT_BYTES, ascii(label), input));
    }

    @Override
    public Scalar challenge(Element commitment, VerifyingKey key, byte[] message) {
        return h2(Hashes.concatenate(commitment.encode(), key.encode(), message));
    }

    @Override
    public int signatureLength() {
        return 2 * ELEMENT_LENGTH;
    }

    @Override
    public byte[] encodeSignature(Signature signature) {
        requireNonNull(signature, "signature is null");
        return Hashes.concatenate(signature.commitment().encode(), signature.z().toBytes());
    }

    @Override
    public Signature decodeSignature(byte[] encoding) throws InvalidEncodingException {
        if (encoding == null || encoding.length != signatureLength()) {
            throw new InvalidEncodingException("ed25519 signature must be " + signatureLength() + " bytes");
        }
        Element commitment = group().decode(Arrays.copyOfRange(encoding, 0, ELEMENT_LENGTH));
        Scalar z = scalarField().decode(Arrays.copyOfRange(encoding, ELEMENT_LENGTH, 2 * ELEMENT_LENGTH));
        return new Signature(this, commitment, z);
    }

    @Override
    public int publicKeyLength() {
        return ELEMENT_LENGTH;
    }

    @Override
    public byte[] encodePublicKey(VerifyingKey key) {
        return requireNonNull(key, "key is null").encode();
    }

    @Override
    public VerifyingKey decodePublicKey(byte[] encoding) throws InvalidEncodingException {
        return VerifyingKey.decode(this, encoding);
    }

    @Override
    public void verify(VerifyingKey key, byte[] message, Signature signature) throws FrostException {
        SchnorrVerifier.requireSuite(this, signature);
        SchnorrVerifier.verify(this, key, message, signature.commitment(), signature.z());
    }

    @Override
    public String toString() {
        return "FROST(Ed25519, SHA-512)";
    }
}
