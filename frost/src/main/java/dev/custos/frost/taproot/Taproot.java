package dev.custos.frost.taproot;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.secret.SecretScalar;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import dev.custos.frost.VerifyingKey;
import dev.custos.frost.internal.EvenY;
import dev.custos.frost.internal.Hashes;
import dev.custos.frost.keys.KeyPackage;
import dev.custos.frost.keys.PublicKeyPackage;
import dev.custos.frost.keys.SigningShare;
import dev.custos.frost.keys.VerifyingShare;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * BIP340/BIP341 key handling for the {@code secp256k1-tr} suite, with the conventions of ZF's {@code frost-secp256k1-tr}:
 * keys are used with even Y (all shares are negated when the group key has odd Y), and the BIP341 key-path tweak {@code
 * Q = P + int(hash_TapTweak(x(P) [|| merkle_root])) * G} is applied to the even-Y key and every share.
 */
public final class Taproot {
    private Taproot() {}

    /** Whether the key has even Y. */
    public static boolean hasEvenY(VerifyingKey key) {
        return EvenY.hasEvenY(requireNonNull(key, "key is null").element());
    }

    /** The key package with all key material negated if the group key has odd Y; unchanged otherwise. */
    public static KeyPackage evenY(KeyPackage keyPackage) throws FrostException {
        requireNonNull(keyPackage, "keyPackage is null");
        if (hasEvenY(keyPackage.verifyingKey())) {
            return keyPackage;
        }
        Ciphersuite suite = keyPackage.suite();
        return withShare(
                keyPackage,
                keyPackage.signingShare().scalar().negate(),
                new VerifyingShare(suite, keyPackage.verifyingShare().element().negate()),
                new VerifyingKey(suite, keyPackage.verifyingKey().element().negate()));
    }

    /** The public key package with the group key and all verifying shares negated if the key has odd Y. */
    public static PublicKeyPackage evenY(PublicKeyPackage publicKeyPackage) {
        requireNonNull(publicKeyPackage, "publicKeyPackage is null");
        if (hasEvenY(publicKeyPackage.verifyingKey())) {
            return publicKeyPackage;
        }
        Ciphersuite suite = publicKeyPackage.suite();
        SortedMap<Identifier, VerifyingShare> shares = new TreeMap<>();
        for (Map.Entry<Identifier, VerifyingShare> entry :
                publicKeyPackage.verifyingShares().entrySet()) {
            shares.put(
                    entry.getKey(),
                    new VerifyingShare(suite, entry.getValue().element().negate()));
        }
        return new PublicKeyPackage(
                suite,
                shares,
                new VerifyingKey(
                        suite, publicKeyPackage.verifyingKey().element().negate()),
                publicKeyPackage.minSigners());
    }

    /**
     * The BIP341 tweak scalar {@code int(hash_TapTweak(x(P) || merkleRoot)) mod n}; {@code merkleRoot} is {@code null}
     * for a key-path-only output (then nothing is appended) or 32 bytes.
     */
    public static Scalar tweakScalar(VerifyingKey key, byte[] merkleRoot) {
        requireNonNull(key, "key is null");
        byte[] root = merkleRoot == null ? new byte[0] : merkleRoot;
        if (root.length != 0 && root.length != 32) {
            throw new IllegalArgumentException("merkle root must be 32 bytes, got " + root.length);
        }
        byte[] hash = Hashes.taggedSha256("TapTweak", EvenY.xOnly(key.element()), root);
        return key.suite().scalarField().reduce(hash);
    }

    /**
     * The BIP341 output key {@code Q = P + int(hash_TapTweak(x(P) [|| merkleRoot])) * G} of internal key {@code P} (taken
     * with even Y); {@code merkleRoot} is {@code null} for a key-path-only output. The output's scriptPubKey is {@code
     * OP_1 <x(Q)>}; signatures from {@link #tweak(KeyPackage, byte[])} verify under it.
     */
    public static VerifyingKey outputKey(VerifyingKey internalKey, byte[] merkleRoot) {
        requireNonNull(internalKey, "internalKey is null");
        requireTaproot(internalKey.suite());
        Ciphersuite suite = internalKey.suite();
        Scalar tweak = tweakScalar(internalKey, merkleRoot);
        Element even = EvenY.toEvenY(internalKey.element());
        return new VerifyingKey(suite, even.add(suite.group().multiplyGenerator(tweak)));
    }

    /**
     * The tweaked key package: even-Y first, then {@code s_i + t}, {@code Y_i + t*G} and {@code P + t*G}. Sign with the
     * result to produce signatures valid under the tweaked output key.
     */
    public static KeyPackage tweak(KeyPackage keyPackage, byte[] merkleRoot) throws FrostException {
        requireNonNull(keyPackage, "keyPackage is null");
        requireTaproot(keyPackage.suite());
        Scalar tweak = tweakScalar(keyPackage.verifyingKey(), merkleRoot);
        Ciphersuite suite = keyPackage.suite();
        Element tweakPoint = suite.group().multiplyGenerator(tweak);
        KeyPackage even = evenY(keyPackage);
        try {
            return withShare(
                    even,
                    even.signingShare().scalar().add(tweak),
                    new VerifyingShare(suite, even.verifyingShare().element().add(tweakPoint)),
                    new VerifyingKey(suite, even.verifyingKey().element().add(tweakPoint)));
        } finally {
            if (even != keyPackage) {
                even.destroy();
            }
        }
    }

    /** The tweaked public key package (see {@link #tweak(KeyPackage, byte[])}). */
    public static PublicKeyPackage tweak(PublicKeyPackage publicKeyPackage, byte[] merkleRoot) {
        requireNonNull(publicKeyPackage, "publicKeyPackage is null");
        requireTaproot(publicKeyPackage.suite());
        Ciphersuite suite = publicKeyPackage.suite();
        Scalar tweak = tweakScalar(publicKeyPackage.verifyingKey(), merkleRoot);
        Element tweakPoint = suite.group().multiplyGenerator(tweak);
        PublicKeyPackage even = evenY(publicKeyPackage);
        SortedMap<Identifier, VerifyingShare> shares = new TreeMap<>();
        for (Map.Entry<Identifier, VerifyingShare> entry :
                even.verifyingShares().entrySet()) {
            shares.put(
                    entry.getKey(),
                    new VerifyingShare(suite, entry.getValue().element().add(tweakPoint)));
        }
        return new PublicKeyPackage(
                suite,
                shares,
                new VerifyingKey(suite, even.verifyingKey().element().add(tweakPoint)),
                even.minSigners());
    }

    /**
     * A key package like {@code template} with the signing share {@code share}, which it takes ownership of (no copy is
     * left behind; on failure it is wiped).
     */
    private static KeyPackage withShare(
            KeyPackage template, Scalar share, VerifyingShare verifyingShare, VerifyingKey verifyingKey)
            throws FrostException {
        SigningShare signingShare = SigningShare.of(template.suite(), SecretScalar.of(share));
        try {
            return KeyPackage.create(
                    template.identifier(), signingShare, verifyingShare, verifyingKey, template.minSigners());
        } catch (FrostException | RuntimeException e) {
            signingShare.destroy();
            throw e;
        }
    }

    private static void requireTaproot(Ciphersuite suite) {
        if (!suite.requiresEvenY()) {
            throw new IllegalArgumentException("Taproot tweaks apply to secp256k1-tr only, not " + suite.name());
        }
    }
}
