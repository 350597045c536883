package dev.custos.frost;

import static dev.custos.frost.internal.Hashes.ascii;
import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import dev.custos.crypto.group.Group;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.frost.internal.HashToField;
import dev.custos.frost.internal.Hashes;
import dev.custos.frost.keys.VerifyingKey;
import java.util.Arrays;

/**
 * FROST(secp256k1, SHA-256) (RFC 9591 §6.5). H1, H2, H3 are hash_to_field with expand_message_xmd (SHA-256); signatures
 * are 65 bytes: compressed {@code R} (33) followed by big-endian {@code z} (32).
 */
public final class Secp256k1Sha256 implements Ciphersuite {
    static final Secp256k1Sha256 INSTANCE = new Secp256k1Sha256();

    private static final String CONTEXT = "FROST-secp256k1-SHA256-v1";
    private static final byte[] CONTEXT_BYTES = ascii(CONTEXT);
    private static final int ELEMENT_LENGTH = 33;
    private static final int SCALAR_LENGTH = 32;

    private Secp256k1Sha256() {}

    @Override
    public String name() {
        return "secp256k1";
    }

    @Override
    public String contextString() {
        return CONTEXT;
    }

    @Override
    public int id() {
        return 2;
    }

    @Override
    public Group group() {
        return Groups.secp256k1();
    }

    @Override
    public Scalar h1(byte[] input) {
        return hashToField("rho", input);
    }

    @Override
    public Scalar h2(byte[] input) {
        return hashToField("chal", input);
    }

    @Override
    public Scalar h3(byte[] input) {
        return hashToField("nonce", input);
    }

    @Override
    public byte[] h4(byte[] input) {
        return Hashes.sha256(CONTEXT_BYTES, ascii("msg"), input);
    }

    @Override
    public byte[] h5(byte[] input) {
        return Hashes.sha256(CONTEXT_BYTES, ascii("com"), input);
    }

    @Override
    public Scalar hdkg(byte[] input) {
        return hashToField("dkg", input);
    }

    @Override
    public Scalar hid(byte[] input) {
        return hashToField("id", input);
    }

    private static Scalar hashToField(String label, byte[] input) {
        return HashToField.secp256k1(input, Hashes.concatenate(CONTEXT_BYTES, ascii(label)));
    }

    @Override
    public Scalar challenge(Element commitment, VerifyingKey key, byte[] message) {
        return h2(Hashes.concatenate(commitment.encode(), key.encode(), message));
    }

    @Override
    public int signatureLength() {
        return ELEMENT_LENGTH + SCALAR_LENGTH;
    }

    @Override
    public byte[] encodeSignature(Signature signature) {
        requireNonNull(signature, "signature is null");
        return Hashes.concatenate(signature.commitment().encode(), signature.z().toBytes());
    }

    @Override
    public Signature decodeSignature(byte[] encoding) throws InvalidEncodingException {
        if (encoding == null || encoding.length != signatureLength()) {
            throw new InvalidEncodingException("secp256k1 signature must be " + signatureLength() + " bytes");
        }
        Element commitment = group().decode(Arrays.copyOfRange(encoding, 0, ELEMENT_LENGTH));
        Scalar z = scalarField().decode(Arrays.copyOfRange(encoding, ELEMENT_LENGTH, signatureLength()));
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
        return "FROST(secp256k1, SHA-256)";
    }
}
