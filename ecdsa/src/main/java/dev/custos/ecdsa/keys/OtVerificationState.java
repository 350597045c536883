package dev.custos.ecdsa.keys;

import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.SessionId;
import javax.security.auth.Destroyable;

/**
 * A party's state between the rounds of the base-OT verification ({@link OtVerification}). Each state is one-shot: the
 * method that advances it consumes it, and any failure leaves it consumed. The pair states saved in the key share, not
 * these objects, are what keep a pair from answering twice; destroying a state ends the run and leaves the pairs as
 * they are (a pair already {@link PairState#CHALLENGED} stays retired).
 */
public sealed interface OtVerificationState extends Destroyable
        permits OtVerificationRound1, OtVerificationRound2, OtVerificationRound3 {
    /** The key share being verified. */
    KeyShare key();

    SessionId session();

    /** The party holding this state. */
    default Identifier identifier() {
        return key().self();
    }
}
