package dev.custos.ecdsa.store;

import dev.custos.crypto.group.Element;
import dev.custos.ecdsa.EcdsaErrorCode;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.presign.Presignature;

/**
 * Records which presignatures have been used, so that a presignature is never used twice, even across restarts (the
 * counterpart of frost's {@code NonceStore}; it also holds the presignatures themselves until they are used).
 * {@link dev.custos.ecdsa.sign.Signer} calls {@link #consume} <em>before</em> it computes a signature share; the store
 * marks the presignature used in the same atomic step that hands it out, and if that cannot be recorded, nothing is
 * handed out. Presignatures are named by their {@link SessionId}.
 *
 * <p>Implementations: {@link InMemoryPresignatureStore} (tests and demos) and {@link FilePresignatureStore#open}
 * (durable: a record survives a crash once the method that wrote it returned).
 */
public interface PresignatureStore {
    /**
     * Durably stores a new presignature.
     *
     * @throws EcdsaException {@link EcdsaErrorCode#PRESIGNATURE_UNAVAILABLE} if a presignature with this session was
     *     ever stored (including used ones), {@link EcdsaErrorCode#STORAGE_FAILED} if it could not be stored (it may
     *     still have been: check {@link #isAvailable} or discard the session)
     */
    void save(Presignature presignature) throws EcdsaException;

    /**
     * Durably marks the presignature of {@code session} used and returns it; the caller must destroy it after signing.
     * The presignature must belong to {@code expectedPublicKey}; the key is checked in the same atomic step as the
     * marking, and a presignature of another key is left in the store untouched.
     *
     * @throws EcdsaException {@link EcdsaErrorCode#PRESIGNATURE_UNAVAILABLE} if it is unknown or was already used,
     *     {@link EcdsaErrorCode#PRESIGNATURE_KEY_MISMATCH} if it belongs to another key, {@link
     *     EcdsaErrorCode#STORAGE_FAILED} if its use could not be recorded (nothing is handed out; the session may stay
     *     used)
     */
    Presignature consume(SessionId session, Element expectedPublicKey) throws EcdsaException;

    /** Whether an unused presignature for {@code session} is available. */
    boolean isAvailable(SessionId session);

    /** Whether the presignature of {@code session} was recorded as used. */
    boolean isUsed(SessionId session);

    /**
     * The key check of {@link #consume}, for stores and their callers.
     *
     * @throws EcdsaException ({@link EcdsaErrorCode#PRESIGNATURE_KEY_MISMATCH}) if {@code presignature} belongs to
     *     another key than {@code expectedPublicKey}
     */
    static void requireKey(Presignature presignature, Element expectedPublicKey) throws EcdsaException {
        if (!presignature.info().publicKey().equals(expectedPublicKey)) {
            throw new EcdsaException(
                    EcdsaErrorCode.PRESIGNATURE_KEY_MISMATCH,
                    "presignature " + presignature.session() + " belongs to another key than the expected one");
        }
    }
}
