package dev.custos.frost.dkg;

import dev.custos.frost.Identifier;
import javax.security.auth.Destroyable;

/**
 * A participant's secret state between DKG rounds. Each state is one-shot: the method that advances it consumes it (and
 * wipes its secrets), so it cannot be replayed with different inputs. Destroy a state that will not be advanced.
 */
public sealed interface DkgState extends Destroyable permits DkgRound1, DkgRound2 {
    DkgParameters parameters();

    /** The participant holding this state. */
    Identifier identifier();
}
