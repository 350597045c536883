package dev.custos.frost.refresh;

import dev.custos.frost.Identifier;
import javax.security.auth.Destroyable;

/** A participant's secret state between refresh rounds; one-shot like {@link dev.custos.frost.dkg.DkgState}. */
public sealed interface RefreshState extends Destroyable permits RefreshRound1, RefreshRound2 {
    RefreshParameters parameters();

    Identifier identifier();
}
