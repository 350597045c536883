package dev.custos.ecdsa;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.ecdsa.dkg.DkgCeremony;
import dev.custos.ecdsa.keys.KeyShare;
import dev.custos.ecdsa.keys.KeyShareEncoding;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Key shares from real DKG runs, cached per (t, n) so that test classes do not repeat keygen needlessly. */
public final class KeyFixtures {
    private static final Map<String, Map<Identifier, KeyShare>> CACHE = new ConcurrentHashMap<>();

    private KeyFixtures() {}

    public static List<Identifier> ids(int n) {
        List<Identifier> ids = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            ids.add(Identifier.of(i));
        }
        return ids;
    }

    /**
     * Key shares from a new DKG, not shared with other tests: for tests that change a share's state (burn an OT pair,
     * claim sessions) and would otherwise disturb the cached shares.
     */
    public static Map<Identifier, KeyShare> fresh(int threshold, int parties) {
        try {
            return DkgCeremony.run(threshold, ids(parties), new SecureRandom());
        } catch (EcdsaException e) {
            throw new AssertionError(e);
        }
    }

    /** Key shares from a new DKG whose OT pairs were not verified yet. */
    public static Map<Identifier, KeyShare> unverified(int threshold, int parties) {
        try {
            return DkgCeremony.runUnverified(threshold, ids(parties), new SecureRandom());
        } catch (EcdsaException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Copies of {@code keys} through their encoding, as after a restore from backup: same seeds and pair states, but an
     * empty presigning-session registry (it lives in the store, not the encoding).
     */
    public static Map<Identifier, KeyShare> copies(Map<Identifier, KeyShare> keys) {
        Map<Identifier, KeyShare> out = new java.util.TreeMap<>();
        for (Map.Entry<Identifier, KeyShare> entry : keys.entrySet()) {
            try {
                out.put(entry.getKey(), KeyShareEncoding.decodeSecret(KeyShareEncoding.encodeSecret(entry.getValue())));
            } catch (InvalidEncodingException e) {
                throw new AssertionError(e);
            }
        }
        return out;
    }

    public static Map<Identifier, KeyShare> keys(int threshold, int parties) {
        return CACHE.computeIfAbsent(threshold + "/" + parties, key -> {
            try {
                return DkgCeremony.run(threshold, ids(parties), new SecureRandom());
            } catch (EcdsaException e) {
                throw new AssertionError(e);
            }
        });
    }
}
