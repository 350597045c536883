package dev.custos.ecdsa.store;

import dev.custos.crypto.group.Element;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.KeyFixtures;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.presign.PresignCeremony;
import dev.custos.ecdsa.presign.Presignature;
import dev.custos.ecdsa.presign.PresignatureInfo;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Real presignatures of party 1 of a cached 2-of-2 key, for the store tests. */
final class StoreFixtures {
    private static final SecureRandom RANDOM = new SecureRandom();
    static final Identifier P1 = Identifier.of(1);
    static final Identifier P2 = Identifier.of(2);

    private StoreFixtures() {}

    /** The group key, which every presignature of these fixtures belongs to. */
    static Element key() {
        return KeyFixtures.keys(2, 2).get(P1).publicKey();
    }

    /** A fresh presignature of P1 (P2's is discarded). */
    static Presignature presignature() throws EcdsaException {
        Map<Identifier, PresignatureStore> stores = new TreeMap<>();
        stores.put(P1, new InMemoryPresignatureStore());
        stores.put(P2, new InMemoryPresignatureStore());
        PresignatureInfo info =
                PresignCeremony.run(KeyFixtures.keys(2, 2), List.of(P1, P2), stores, SessionId.random(RANDOM), RANDOM);
        return stores.get(P1).consume(info.session(), info.publicKey());
    }
}
