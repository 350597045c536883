package dev.custos.ecdsa.store;

import dev.custos.crypto.group.Element;
import dev.custos.ecdsa.EcdsaErrorCode;
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
     * Marks the presignature of {@code session} used and returns it; the caller must destroy it after signing. The
     * presignature must belong to {@code expectedPublicKey}; the key is checked in the same atomic step as the marking,
     * and a presignature of another key is left in the store untouched.
     *
     * @throws EcdsaException ({@link dev.custos.ecdsa.EcdsaErrorCode#PRESIGNATURE_UNAVAILABLE}) if it is unknown or
     *     was already consumed; ({@link dev.custos.ecdsa.EcdsaErrorCode#PRESIGNATURE_KEY_MISMATCH}) if it belongs to
     *     another key
     */
    Presignature consume(SessionId session, Element expectedPublicKey) throws EcdsaException;

    /** Whether an unused presignature for {@code session} is available. */
    boolean isAvailable(SessionId session);

    /**
     * The key check of {@link #consume}, for stores and their callers.
     *
     * @throws EcdsaException ({@link dev.custos.ecdsa.EcdsaErrorCode#PRESIGNATURE_KEY_MISMATCH}) if
     *     {@code presignature} belongs to another key than {@code expectedPublicKey}
     */
    static void requireKey(Presignature presignature, Element expectedPublicKey) throws EcdsaException {
        if (!presignature.info().publicKey().equals(expectedPublicKey)) {
            throw new EcdsaException(
                    EcdsaErrorCode.PRESIGNATURE_KEY_MISMATCH,
                    "presignature " + presignature.session() + " belongs to another key than the expected one");
        }
    }
}
