package dev.custos.ecdsa.presign;

import static java.util.Objects.requireNonNull;

import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.internal.LocalNetwork;
import dev.custos.ecdsa.keys.KeyShare;
import dev.custos.ecdsa.store.PresignatureStore;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executor;

/**
 * Runs presigning ({@link Presign}) for a set of signers in one process (demos, tests, benchmarks), every message
 * through its encoding, and saves each signer's presignature in that signer's own {@link PresignatureStore}.
 */
public final class PresignCeremony {
    private PresignCeremony() {}

    /** Presigning among {@code signers} in {@code session}; returns the presignatures' common public part. */
    public static PresignatureInfo run(
            Map<Identifier, KeyShare> keys,
            List<Identifier> signers,
            Map<Identifier, ? extends PresignatureStore> stores,
            SessionId session,
            SecureRandom random)
            throws EcdsaException {
        return run(keys, signers, stores, session, random, Runnable::run);
    }

    /**
     * As {@link #run(Map, List, Map, SessionId, SecureRandom)}, each signer running its per-peer work on {@code
     * executor} ({@link Presign#start(KeyShare, SessionId, List, SecureRandom, Executor)}).
     */
    public static PresignatureInfo run(
            Map<Identifier, KeyShare> keys,
            List<Identifier> signers,
            Map<Identifier, ? extends PresignatureStore> stores,
            SessionId session,
            SecureRandom random,
            Executor executor)
            throws EcdsaException {
        requireNonNull(keys, "keys is null");
        requireNonNull(signers, "signers is null");
        requireNonNull(stores, "stores is null");
        if (!stores.keySet().containsAll(signers)) {
            throw new IllegalArgumentException("every signer needs a presignature store");
        }
        Map<Identifier, PresignRound1> round1 = new TreeMap<>();
        for (Identifier signer : signers) {
            round1.put(signer, Presign.start(keys.get(signer), session, signers, random, executor));
        }
        Map<Identifier, List<PresignRound1Message>> inbox1 = LocalNetwork.deliver(
                round1.values().stream().map(PresignRound1::messages).toList(), PresignRound1Message::decode);
        Map<Identifier, PresignRound2> round2 = new TreeMap<>();
        for (Map.Entry<Identifier, PresignRound1> entry : round1.entrySet()) {
            round2.put(entry.getKey(), entry.getValue().round2(inbox1.get(entry.getKey())));
        }
        Map<Identifier, List<PresignRound2Message>> inbox2 = LocalNetwork.deliver(
                round2.values().stream().map(PresignRound2::messages).toList(), PresignRound2Message::decode);
        PresignatureInfo info = null;
        for (Map.Entry<Identifier, PresignRound2> entry : round2.entrySet()) {
            Presignature presignature = entry.getValue().finish(inbox2.get(entry.getKey()));
            info = presignature.info();
            stores.get(entry.getKey()).save(presignature);
        }
        return info;
    }
}
