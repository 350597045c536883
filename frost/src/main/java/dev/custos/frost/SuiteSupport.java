package dev.custos.frost;

import static dev.custos.frost.internal.Hashes.ascii;
import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import dev.custos.crypto.group.Group;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.frost.internal.HashToField;
import dev.custos.frost.internal.Hashes;
import java.util.Arrays;

/**
 * What the ciphersuites share: their names, the labelled hashes H1, H3, H4, H5, HDKG and HID (RFC 9591 §6: the suite's
 * hash over {@code contextString || label || input}), and the RFC 9591 encodings of signatures ({@code R || z} with
 * {@code R} a full element encoding) and public keys (the element encoding). Each suite supplies its group, its H2 and
 * its labelled hash; the Taproot suite overrides the encodings and verification with their BIP340 forms.
 *
 * <p>Only the suites extend this class, and each of them implements {@link Ciphersuite}; the public methods here are
 * their {@link Ciphersuite} methods.
 */
abstract sealed class SuiteSupport permits Ed25519Sha512, Secp256k1Sha256, Secp256k1Taproot {
    private final String name;
    private final String contextString;
    private final byte[] contextBytes;
    private final int id;
    private final String displayName;

    SuiteSupport(String name, String contextString, int id, String displayName) {
        this.name = name;
        this.contextString = contextString;
        this.contextBytes = ascii(contextString);
        this.id = id;
        this.displayName = displayName;
    }

    /** This suite; every subclass implements {@link Ciphersuite}. */
    private Ciphersuite suite() {
        return (Ciphersuite) this;
    }

    public final String name() {
        return name;
    }

    public final String contextString() {
        return contextString;
    }

    public final int id() {
        return id;
    }

    public abstract Group group();

    public abstract Scalar h2(byte[] input);

    /** The suite's hash of {@code contextString || label || input} to a scalar. */
    abstract Scalar labelledScalar(String label, byte[] input);

    /** The suite's hash of {@code contextString || label || input} to bytes. */
    abstract byte[] labelledDigest(String label, byte[] input);

    /** {@code contextString || label} as bytes. */
    final byte[] contextWith(String label) {
        return Hashes.concatenate(contextBytes, ascii(label));
    }

    /** SHA-512 of {@code contextString || label || input} (the Ed25519 suite's labelled hash). */
    final byte[] sha512(String label, byte[] input) {
        return Hashes.sha512(contextBytes, ascii(label), input);
    }

    /** SHA-256 of {@code contextString || label || input} (the secp256k1 suites' labelled hash). */
    final byte[] sha256(String label, byte[] input) {
        return Hashes.sha256(contextBytes, ascii(label), input);
    }

    /** hash_to_field for secp256k1 with {@code contextString || label} as DST (RFC 9591 §6.5). */
    final Scalar secp256k1HashToField(String label, byte[] input) {
        return HashToField.secp256k1(input, contextWith(label));
    }

    public final Scalar h1(byte[] input) {
        return labelledScalar("rho", input);
    }

    public final Scalar h3(byte[] input) {
        return labelledScalar("nonce", input);
    }

    public final byte[] h4(byte[] input) {
        return labelledDigest("msg", input);
    }

    public final byte[] h5(byte[] input) {
        return labelledDigest("com", input);
    }

    public final Scalar hdkg(byte[] input) {
        return labelledScalar("dkg", input);
    }

    public final Scalar hid(byte[] input) {
        return labelledScalar("id", input);
    }

    /** H2 over the full encodings of {@code R} and the key, then the message (RFC 9591). */
    public Scalar challenge(Element commitment, VerifyingKey key, byte[] message) {
        return h2(Hashes.concatenate(commitment.encode(), key.encode(), message));
    }

    public int publicKeyLength() {
        return group().elementLength();
    }

    public int signatureLength() {
        return group().elementLength() + group().scalarField().byteLength();
    }

    /** {@code R || z}, {@code R} as a full element encoding. */
    public byte[] encodeSignature(Signature signature) {
        requireNonNull(signature, "signature is null");
        return Hashes.concatenate(signature.commitment().encode(), signature.z().toBytes());
    }

    /** Strictly decodes {@code R || z}: exact length, canonical {@code R} and {@code z}. */
    public Signature decodeSignature(byte[] encoding) throws InvalidEncodingException {
        if (encoding == null || encoding.length != signatureLength()) {
            throw new InvalidEncodingException(name + " signature must be " + signatureLength() + " bytes");
        }
        int elementLength = publicKeyLength();
        Element commitment = group().decode(Arrays.copyOfRange(encoding, 0, elementLength));
        Scalar z = group().scalarField().decode(Arrays.copyOfRange(encoding, elementLength, signatureLength()));
        return new Signature(suite(), commitment, z);
    }

    public byte[] encodePublicKey(VerifyingKey key) {
        return requireNonNull(key, "key is null").encode();
    }

    public VerifyingKey decodePublicKey(byte[] encoding) throws InvalidEncodingException {
        return VerifyingKey.decode(suite(), encoding);
    }

    public void verify(VerifyingKey key, byte[] message, Signature signature) throws FrostException {
        SchnorrVerifier.requireSuite(suite(), signature);
        SchnorrVerifier.verify(suite(), key, message, signature.commitment(), signature.z());
    }

    @Override
    public final String toString() {
        return displayName;
    }
}
