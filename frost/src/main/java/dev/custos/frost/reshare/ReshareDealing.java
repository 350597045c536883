package dev.custos.frost.reshare;

import static java.util.Objects.requireNonNull;

import dev.custos.frost.Identifier;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.security.auth.Destroyable;

/**
 * What a dealer produces: the commitment to broadcast to the new committee and one private sub-share per new
 * participant. The dealer keeps no secret state (its polynomial is already wiped).
 */
public final class ReshareDealing implements Destroyable {
    private final ReshareCommitment commitment;
    private final SortedMap<Identifier, ReshareSubShare> subShares;

    ReshareDealing(ReshareCommitment commitment, SortedMap<Identifier, ReshareSubShare> subShares) {
        this.commitment = requireNonNull(commitment, "commitment is null");
        this.subShares = Collections.unmodifiableSortedMap(new TreeMap<>(subShares));
    }

    public ReshareCommitment commitment() {
        return commitment;
    }

    /** Sub-shares keyed by new participant; destroy them once sent. */
    public SortedMap<Identifier, ReshareSubShare> subShares() {
        return subShares;
    }

    @Override
    public void destroy() {
        subShares.values().forEach(ReshareSubShare::destroy);
    }

    @Override
    public boolean isDestroyed() {
        return subShares.values().stream().allMatch(ReshareSubShare::isDestroyed);
    }

    @Override
    public String toString() {
        return "ReshareDealing[from " + commitment.sender() + " to " + subShares.keySet() + ", <redacted>]";
    }
}
