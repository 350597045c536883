package dev.custos.frost.keys;

import static java.util.Objects.requireNonNull;

import dev.custos.frost.Ciphersuite;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import dev.custos.frost.VerifyingKey;
import dev.custos.frost.serialization.MessageReader;
import dev.custos.frost.serialization.MessageType;
import dev.custos.frost.serialization.MessageWriter;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The public result of key generation: every participant's verifying share, the group verifying key and the threshold.
 * The coordinator uses it to verify signature shares and the final signature.
 */
public record PublicKeyPackage(
        Ciphersuite suite,
        SortedMap<Identifier, VerifyingShare> verifyingShares,
        VerifyingKey verifyingKey,
        int minSigners) {
    public PublicKeyPackage {
        requireNonNull(suite, "suite is null");
        requireNonNull(verifyingShares, "verifyingShares is null");
        requireNonNull(verifyingKey, "verifyingKey is null");
        if (verifyingKey.suite() != suite) {
            throw new IllegalArgumentException(
                    "verifyingKey belongs to " + verifyingKey.suite().name());
        }
        TreeMap<Identifier, VerifyingShare> copy = new TreeMap<>();
        for (Map.Entry<Identifier, VerifyingShare> entry : verifyingShares.entrySet()) {
            Identifier identifier = requireNonNull(entry.getKey(), "identifier is null");
            VerifyingShare share = requireNonNull(entry.getValue(), "verifying share of " + identifier + " is null");
            if (share.suite() != suite || identifier.value().field() != suite.scalarField()) {
                throw new IllegalArgumentException("verifying share of " + identifier + " belongs to another suite");
            }
            copy.put(identifier, share);
        }
        if (minSigners < 2 || minSigners > copy.size()) {
            throw new IllegalArgumentException(
                    "minSigners must be in [2, " + copy.size() + "] (number of verifying shares), got " + minSigners);
        }
        verifyingShares = Collections.unmodifiableSortedMap(copy);
    }

    /**
     * The public key package implied by a Feldman commitment: each identifier's verifying share is the commitment
     * evaluated at that identifier (ZF FROST's {@code PublicKeyPackage::from_commitment}).
     */
    public static PublicKeyPackage fromCommitment(
            Collection<Identifier> identifiers, VerifiableSecretSharingCommitment commitment) {
        requireNonNull(identifiers, "identifiers is null");
        requireNonNull(commitment, "commitment is null");
        TreeMap<Identifier, VerifyingShare> shares = new TreeMap<>();
        for (Identifier identifier : identifiers) {
            if (shares.put(identifier, commitment.verifyingShare(identifier)) != null) {
                throw new IllegalArgumentException("duplicate identifier " + identifier);
            }
        }
        return new PublicKeyPackage(commitment.suite(), shares, commitment.verifyingKey(), commitment.minSigners());
    }

    /** The verifying share of {@code identifier}, or {@code null} if it is not a participant. */
    public VerifyingShare verifyingShare(Identifier identifier) {
        return verifyingShares.get(requireNonNull(identifier, "identifier is null"));
    }

    /** The versioned wire encoding: header, minSigners, count, {@code (identifier, Y_i)} in order, group key. */
    public byte[] serialize() {
        MessageWriter writer = MessageWriter.start(MessageType.PUBLIC_KEY_PACKAGE, suite)
                .u16(minSigners)
                .u16(verifyingShares.size());
        for (Map.Entry<Identifier, VerifyingShare> entry : verifyingShares.entrySet()) {
            writer.identifier(entry.getKey()).element(entry.getValue().element());
        }
        return writer.element(verifyingKey.element()).toByteArray();
    }

    /** Strictly decodes {@link #serialize()} output; identifiers must be strictly increasing. */
    public static PublicKeyPackage deserialize(byte[] message) throws FrostException {
        MessageReader reader = MessageReader.open(message, MessageType.PUBLIC_KEY_PACKAGE);
        Ciphersuite suite = reader.suite();
        int minSigners = reader.u16("minSigners");
        int count = reader.u16("count");
        TreeMap<Identifier, VerifyingShare> shares = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            Identifier identifier = reader.identifier("verifyingShares[" + i + "].identifier");
            VerifyingShare share = new VerifyingShare(suite, reader.element("verifyingShares[" + i + "].share"));
            if (!shares.isEmpty() && identifier.compareTo(shares.lastKey()) <= 0) {
                throw reader.error("verifying shares are not strictly sorted by identifier at index " + i);
            }
            shares.put(identifier, share);
        }
        VerifyingKey verifyingKey = new VerifyingKey(suite, reader.element("verifyingKey"));
        reader.finish();
        if (minSigners < 2 || minSigners > count) {
            throw reader.error("minSigners " + minSigners + " is not in [2, " + count + "]");
        }
        return new PublicKeyPackage(suite, shares, verifyingKey, minSigners);
    }
}
