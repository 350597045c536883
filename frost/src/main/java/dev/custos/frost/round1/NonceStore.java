package dev.custos.frost.round1;

import dev.custos.frost.FrostErrorCode;
import dev.custos.frost.FrostException;

/**
 * Records which nonces have been used, so that a nonce is never used twice, even across restarts (the counterpart of
 * ecdsa's {@code PresignatureStore}). {@link dev.custos.frost.round2.Round2#sign} calls {@link #markUsed(byte[])} <em>before</em> it computes a
 * signature share; if that cannot be recorded, no share is released. Nonces are named by {@link
 * SigningCommitments#nonceId()}.
 *
 * <p>Implementations: {@link InMemoryNonceStore} (tests and demos) and {@link FileNonceStore#open} (durable: a record
 * survives a crash once the method that wrote it returned).
 */
public interface NonceStore {
    /**
     * Durably records that the nonce {@code nonceId} is used.
     *
     * @throws FrostException {@link FrostErrorCode#NONCE_REUSED} if it was recorded before, {@link
     *     FrostErrorCode#NONCE_STORE_FAILURE} if it could not be recorded
     */
    void markUsed(byte[] nonceId) throws FrostException;

    /** Whether {@code nonceId} was recorded as used. */
    boolean isUsed(byte[] nonceId) throws FrostException;
}
