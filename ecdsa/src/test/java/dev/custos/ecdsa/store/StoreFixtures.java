package dev.custos.ecdsa.store;

import dev.custos.crypto.group.Element;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.KeyFixtures;
import dev.custos.ecdsa.PartyId;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.demo.EcdsaDemo;
import dev.custos.ecdsa.presign.Presignature;
import dev.custos.ecdsa.presign.PresignatureInfo;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Real presignatures of party 1 of a cached 2-of-2 key, for the store tests. */
final class StoreFixtures {
    private static final SecureRandom RANDOM = new SecureRandom();
    static final PartyId P1 = PartyId.of(1);
    static final PartyId P2 = PartyId.of(2);

    private StoreFixtures() {}

    /** The group key, which every presignature of these fixtures belongs to. */
    static Element key() {
        return KeyFixtures.keys(2, 2).get(P1).publicKey();
    }

    /** A fresh presignature of P1 (P2's is discarded). */
    static Presignature presignature() throws EcdsaException {
        Map<PartyId, PresignatureStore> stores = new TreeMap<>();
        stores.put(P1, new InMemoryPresignatureStore());
        stores.put(P2, new InMemoryPresignatureStore());
        PresignatureInfo info =
                EcdsaDemo.presign(KeyFixtures.keys(2, 2), List.of(P1, P2), stores, SessionId.random(RANDOM), RANDOM);
        return stores.get(P1).consume(info.session(), info.publicKey());
    }
}
