package dev.custos.ecdsa.reshare;

import dev.custos.ecdsa.Identifier;
import javax.security.auth.Destroyable;

/**
 * A new committee member's secret state between resharing rounds ({@link Resharing}). Each state is one-shot: the
 * method that advances it consumes it, and any failure leaves it consumed with its base-OT choices wiped. Destroy a
 * state that will not be advanced.
 */
public sealed interface ResharingState extends Destroyable permits ResharingRound1, ResharingRound2 {
    ResharingParameters parameters();

    /** The new committee member holding this state. */
    Identifier identifier();
}
