package dev.custos.frost.round1;

import static java.util.Objects.requireNonNull;

import dev.custos.frost.FrostErrorCode;
import dev.custos.frost.FrostException;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link NonceStore} for tests and single-process demos (as ecdsa's {@code InMemoryPresignatureStore}); forgets
 * everything on restart. Thread-safe.
 */
public final class InMemoryNonceStore implements NonceStore {
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    @Override
    public void markUsed(byte[] nonceId) throws FrostException {
        if (!used.add(key(nonceId))) {
            throw new FrostException(FrostErrorCode.NONCE_REUSED, "nonce was already used");
        }
    }

    @Override
    public boolean isUsed(byte[] nonceId) {
        return used.contains(key(nonceId));
    }

    static String key(byte[] nonceId) {
        requireNonNull(nonceId, "nonceId is null");
        if (nonceId.length == 0 || nonceId.length > 64) {
            throw new IllegalArgumentException("nonceId must be 1 to 64 bytes");
        }
        return HexFormat.of().formatHex(nonceId);
    }
}
