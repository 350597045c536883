package dev.custos.ecdsa.reshare;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.group.Element;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.keys.KeyShare;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A resharing (or, with the same committee and threshold, a refresh) of an existing key: the public facts every dealer
 * and new party must agree on. {@code dealers} are at least {@code oldThreshold} holders of the old key; the new
 * committee {@code newParties} gets a fresh {@code newThreshold}-of-n sharing of the same secret and a fresh OT setup.
 */
public record ResharingParameters(
        SessionId session,
        Element publicKey,
        byte[] chainCode,
        int oldThreshold,
        Map<Identifier, Element> oldVerificationShares,
        List<Identifier> dealers,
        int newThreshold,
        List<Identifier> newParties) {
    public ResharingParameters {
        requireNonNull(session, "session is null");
        requireNonNull(publicKey, "publicKey is null");
        requireNonNull(chainCode, "chainCode is null");
        requireNonNull(oldVerificationShares, "oldVerificationShares is null");
        requireNonNull(dealers, "dealers is null");
        requireNonNull(newParties, "newParties is null");
        if (chainCode.length != 32) {
            throw new IllegalArgumentException("chain code must be 32 bytes");
        }
        chainCode = chainCode.clone();
        oldVerificationShares = Map.copyOf(new TreeMap<>(oldVerificationShares));
        dealers = List.copyOf(new TreeSet<>(dealers));
        newParties = List.copyOf(new TreeSet<>(newParties));
        if (dealers.size() < oldThreshold || oldThreshold < 2) {
            throw new IllegalArgumentException(
                    "need at least the old threshold " + oldThreshold + " of dealers, got " + dealers.size());
        }
        if (!oldVerificationShares.keySet().containsAll(dealers)) {
            throw new IllegalArgumentException("a dealer holds no share of the old key");
        }
        if (newParties.size() < 2 || newThreshold < 2 || newThreshold > newParties.size()) {
            throw new IllegalArgumentException(
                    "new threshold must be in [2, " + newParties.size() + "], got " + newThreshold);
        }
    }

    /** Parameters to refresh {@code key}'s sharing among the same parties with the same threshold. */
    public static ResharingParameters refresh(KeyShare key, SessionId session, List<Identifier> dealers) {
        return toCommittee(key, session, dealers, key.threshold(), key.parties());
    }

    /** Parameters to reshare {@code key} to {@code newParties} with {@code newThreshold}. */
    public static ResharingParameters toCommittee(
            KeyShare key, SessionId session, List<Identifier> dealers, int newThreshold, List<Identifier> newParties) {
        Map<Identifier, Element> shares = new TreeMap<>();
        key.parties().forEach(party -> shares.put(party, key.verificationShare(party)));
        return new ResharingParameters(
                session, key.publicKey(), key.chainCode(), key.threshold(), shares, dealers, newThreshold, newParties);
    }

    @Override
    public byte[] chainCode() {
        return chainCode.clone();
    }
}
