package dev.custos.ecdsa.store;

import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.presign.Presignature;

/**
 * Durable single-use storage of one party's presignatures. {@link #consume} marks a presignature used <em>before</em>
 * returning it, atomically, so that no output depending on it can leave the party twice, also across restarts.
 */
public interface PresignatureStore {
    /**
     * Stores a new presignature.
     *
     * @throws EcdsaException if a presignature with this session was ever stored (including used ones)
     */
    void save(Presignature presignature) throws EcdsaException;

    /**
     * Marks the presignature of {@code session} used and returns it; the caller must destroy it after signing.
     *
     * @throws EcdsaException ({@link dev.custos.ecdsa.EcdsaErrorCode#PRESIGNATURE_UNAVAILABLE}) if it is unknown or
     *     was already consumed
     */
    Presignature consume(SessionId session) throws EcdsaException;

    /** Whether an unused presignature for {@code session} is available. */
    boolean isAvailable(SessionId session);
}
