package dev.custos.frost.round1;

import dev.custos.frost.FrostErrorCode;
import dev.custos.frost.FrostException;

/**
 * Records which nonces have been used, so that a nonce is never used twice, even across restarts. Round two calls
 * {@link #markUsed(byte[])} <em>before</em> it releases a signature share; if recording fails, no share is released.
 * Nonces are named by {@link SigningCommitments#nonceId()}.
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
