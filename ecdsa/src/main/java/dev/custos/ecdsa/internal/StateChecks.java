package dev.custos.ecdsa.internal;

import dev.custos.ecdsa.EcdsaErrorCode;
import dev.custos.ecdsa.EcdsaException;

/**
 * The one-shot rule of the protocol round states ({@code DkgRound1}, {@code PresignRound2}, ...): the method that
 * advances a state consumes it, whether it succeeds or fails, and a consumed or destroyed state refuses every further
 * step. As frost's {@code LifecycleChecks.requireUnused}, with ecdsa's {@link EcdsaErrorCode#INVALID_STATE}.
 */
public final class StateChecks {
    private StateChecks() {}

    /**
     * Refuses a one-shot round state that was already consumed.
     *
     * @throws EcdsaException {@link EcdsaErrorCode#INVALID_STATE} if {@code consumed}
     */
    public static void requireUnused(boolean consumed, String state) throws EcdsaException {
        if (consumed) {
            throw new EcdsaException(
                    EcdsaErrorCode.INVALID_STATE,
                    state + " was already used or destroyed; a protocol state can be used only once");
        }
    }
}
