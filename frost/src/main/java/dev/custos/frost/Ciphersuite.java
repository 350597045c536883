package dev.custos.frost;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import dev.custos.crypto.group.Group;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.scalar.ScalarField;

/**
 * A FROST ciphersuite (RFC 9591 §6): a prime-order group, the hash functions H1–H5 (plus HDKG and HID as in ZF FROST),
 * and the suite's signature format and verification rule. Instances are immutable singletons obtained from
 * {@link Ciphersuites}.
 */
public sealed interface Ciphersuite permits Ed25519Sha512, Secp256k1Sha256, Secp256k1Taproot {
    /** The short name used on the command line: {@code ed25519}, {@code secp256k1} or {@code secp256k1-tr}. */
    String name();

    /** The RFC 9591 context string, e.g. {@code FROST-ED25519-SHA512-v1}. */
    String contextString();

    /** The one-byte identifier of this suite in serialized messages. */
    int id();

    Group group();

    default ScalarField scalarField() {
        return group().scalarField();
    }

    /** H1: hashes to a scalar for binding factors ({@code rho}). */
    Scalar h1(byte[] input);

    /** H2: hashes to a scalar for the Schnorr challenge. */
    Scalar h2(byte[] input);

    /** H3: hashes to a scalar for nonce generation. */
    Scalar h3(byte[] input);

    /** H4: hashes the message for the binding-factor input. */
    byte[] h4(byte[] input);

    /** H5: hashes the encoded commitment list for the binding-factor input. */
    byte[] h5(byte[] input);

    /** HDKG: hashes to a scalar for the DKG proof-of-knowledge challenge (ZF FROST). */
    Scalar hdkg(byte[] input);

    /** HID: hashes to a scalar to derive identifiers from bytes (ZF FROST). */
    Scalar hid(byte[] input);

    /**
     * The Schnorr challenge {@code c} for group commitment {@code commitment}, group key {@code key} and message. RFC 9591
     * hashes the full element encodings; the Taproot suite hashes x-only encodings (BIP340).
     */
    Scalar challenge(Element commitment, VerifyingKey key, byte[] message);

    /**
     * Whether this suite requires the group key and the group commitment to have an even Y coordinate (BIP340). When
     * true, signers negate their key material if the group key has odd Y and their nonces if the group commitment has
     * odd Y.
     */
    default boolean requiresEvenY() {
        return false;
    }

    /** Length in bytes of {@link #encodeSignature(Signature)}. */
    int signatureLength();

    /** The suite's standard signature encoding: RFC 8032 (64 bytes), RFC 9591 (65 bytes) or BIP340 (64 bytes). */
    byte[] encodeSignature(Signature signature);

    /** Strictly decodes {@link #encodeSignature(Signature)} output: exact length, canonical {@code R} and {@code z}. */
    Signature decodeSignature(byte[] encoding) throws InvalidEncodingException;

    /** Length in bytes of {@link #encodePublicKey(VerifyingKey)}. */
    int publicKeyLength();

    /**
     * The public key as the surrounding ecosystem expects it: 32-byte RFC 8032 key, 33-byte compressed SEC1 key, or
     * 32-byte x-only BIP340 key.
     */
    byte[] encodePublicKey(VerifyingKey key);

    /** Decodes {@link #encodePublicKey(VerifyingKey)} output (an x-only key is lifted to even Y). */
    VerifyingKey decodePublicKey(byte[] encoding) throws InvalidEncodingException;

    /**
     * Verifies a signature under the group key. Throws {@link FrostException} with {@link
     * FrostErrorCode#INVALID_SIGNATURE} on failure; never returns a boolean.
     */
    void verify(VerifyingKey key, byte[] message, Signature signature) throws FrostException;
}
