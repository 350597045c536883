package dev.custos.ecdsa.dkg;

import static java.util.Objects.requireNonNull;

import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.internal.LocalNetwork;
import dev.custos.ecdsa.keys.KeyShare;
import dev.custos.ecdsa.keys.OtVerificationCeremony;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs a whole key generation for all parties in one process (demos, tests, benchmarks, single-host setups), as frost's
 * {@code DkgCeremony}: every message goes through its binary encoding and strict decoding, as it would between signer
 * nodes. On signer nodes each party runs its own {@link Dkg} states.
 */
public final class DkgCeremony {
    private DkgCeremony() {}

    /**
     * The DKG among {@code ids} with threshold {@code threshold}, then the base-OT verification ({@link
     * OtVerificationCeremony}), each under a fresh random session id: every party's key share, ready for presigning.
     */
    public static Map<Identifier, KeyShare> run(int threshold, List<Identifier> ids, SecureRandom random)
            throws EcdsaException {
        Map<Identifier, KeyShare> keys = runUnverified(threshold, ids, random);
        OtVerificationCeremony.run(keys, SessionId.random(random));
        return keys;
    }

    /** Only the DKG among {@code ids}: the key shares' OT pairs are not verified yet, so presigning refuses them. */
    public static Map<Identifier, KeyShare> runUnverified(int threshold, List<Identifier> ids, SecureRandom random)
            throws EcdsaException {
        requireNonNull(ids, "ids is null");
        requireNonNull(random, "random is null");
        SessionId session = SessionId.random(random);
        Map<Identifier, DkgRound1> round1 = new TreeMap<>();
        for (Identifier id : ids) {
            round1.put(id, Dkg.start(new DkgParameters(session, id, threshold, ids), random));
        }
        Map<Identifier, List<DkgRound1Message>> inbox1 = LocalNetwork.deliver(
                round1.values().stream().map(DkgRound1::messages).toList(), DkgRound1Message::decode);
        Map<Identifier, DkgRound2> round2 = new TreeMap<>();
        for (Map.Entry<Identifier, DkgRound1> entry : round1.entrySet()) {
            round2.put(entry.getKey(), entry.getValue().round2(inbox1.get(entry.getKey())));
        }
        Map<Identifier, List<DkgRound2Message>> inbox2 = LocalNetwork.deliver(
                round2.values().stream().map(DkgRound2::messages).toList(), DkgRound2Message::decode);
        Map<Identifier, KeyShare> keys = new TreeMap<>();
        for (Map.Entry<Identifier, DkgRound2> entry : round2.entrySet()) {
            keys.put(entry.getKey(), entry.getValue().finish(inbox2.get(entry.getKey())));
        }
        return keys;
    }
}
