package dev.custos.ecdsa.store;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.group.Element;
import dev.custos.ecdsa.EcdsaErrorCode;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.presign.Presignature;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A {@link PresignatureStore} for tests and single-process demos (as frost's {@code InMemoryNonceStore}); forgets
 * everything on restart. Thread-safe.
 */
public final class InMemoryPresignatureStore implements PresignatureStore {
    private final Map<SessionId, Presignature> available = new HashMap<>();
    private final Set<SessionId> seen = new HashSet<>();

    @Override
    public synchronized void save(Presignature presignature) throws EcdsaException {
        requireNonNull(presignature, "presignature is null");
        if (!seen.add(presignature.session())) {
            throw new EcdsaException(
                    EcdsaErrorCode.PRESIGNATURE_UNAVAILABLE,
                    "a presignature for " + presignature.session() + " was already stored");
        }
        available.put(presignature.session(), presignature);
    }

    @Override
    public synchronized Presignature consume(SessionId session, Element expectedPublicKey) throws EcdsaException {
        requireNonNull(session, "session is null");
        requireNonNull(expectedPublicKey, "expectedPublicKey is null");
        Presignature presignature = available.get(session);
        if (presignature == null) {
            throw new EcdsaException(
                    EcdsaErrorCode.PRESIGNATURE_UNAVAILABLE,
                    "presignature " + session + (seen.contains(session) ? " was already used" : " is unknown"));
        }
        PresignatureStore.requireKey(presignature, expectedPublicKey);
        available.remove(session);
        return presignature;
    }

    @Override
    public synchronized boolean isAvailable(SessionId session) {
        return available.containsKey(session);
    }

    @Override
    public synchronized boolean isUsed(SessionId session) {
        return seen.contains(session) && !available.containsKey(session);
    }
}
