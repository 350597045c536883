package dev.custos.ecdsa;

import dev.custos.ecdsa.demo.EcdsaDemo;
import dev.custos.ecdsa.keys.KeyShare;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Key shares from real DKG runs, cached per (t, n) so that test classes do not repeat keygen needlessly. */
public final class KeyFixtures {
    private static final Map<String, Map<PartyId, KeyShare>> CACHE = new ConcurrentHashMap<>();

    private KeyFixtures() {}

    public static List<PartyId> ids(int n) {
        List<PartyId> ids = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            ids.add(PartyId.of(i));
        }
        return ids;
    }

    public static Map<PartyId, KeyShare> keys(int threshold, int parties) {
        return CACHE.computeIfAbsent(threshold + "/" + parties, key -> {
            try {
                return EcdsaDemo.keygen(threshold, ids(parties), new SecureRandom());
            } catch (EcdsaException e) {
                throw new AssertionError(e);
            }
        });
    }
}
