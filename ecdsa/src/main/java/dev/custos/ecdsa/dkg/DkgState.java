package dev.custos.ecdsa.dkg;

import dev.custos.ecdsa.Identifier;
import javax.security.auth.Destroyable;

/**
 * A party's secret state between DKG rounds (as frost's {@code DkgState}). Each state is one-shot: the method that
 * advances it consumes it, and any failure leaves it consumed with its secrets wiped, so it cannot be replayed with
 * other inputs. Destroy a state that will not be advanced.
 */
public sealed interface DkgState extends Destroyable permits DkgRound1, DkgRound2 {
    DkgParameters parameters();

    /** The party holding this state. */
    default Identifier identifier() {
        return parameters().self();
    }
}
