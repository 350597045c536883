package dev.custos.frost.repair;

import static java.util.Objects.requireNonNull;

import dev.custos.frost.Identifier;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.security.auth.Destroyable;

/**
 * What a repair helper produces in round 1: the delta commitments to broadcast (to the helpers and the participant
 * being repaired) and one private delta per helper, itself included. The helper keeps no other secret state.
 */
public final class RepairDeltas implements Destroyable {
    private final RepairDeltaCommitments commitments;
    private final SortedMap<Identifier, RepairDelta> deltas;

    RepairDeltas(RepairDeltaCommitments commitments, SortedMap<Identifier, RepairDelta> deltas) {
        this.commitments = requireNonNull(commitments, "commitments is null");
        this.deltas = Collections.unmodifiableSortedMap(new TreeMap<>(deltas));
    }

    /** The broadcast commitments. */
    public RepairDeltaCommitments commitments() {
        return commitments;
    }

    /** The private deltas keyed by recipient helper (including the sender itself); destroy them once sent. */
    public SortedMap<Identifier, RepairDelta> deltas() {
        return deltas;
    }

    @Override
    public void destroy() {
        deltas.values().forEach(RepairDelta::destroy);
    }

    @Override
    public boolean isDestroyed() {
        return deltas.values().stream().allMatch(RepairDelta::isDestroyed);
    }

    @Override
    public String toString() {
        return "RepairDeltas[from " + commitments.sender() + " to " + deltas.keySet() + ", <redacted>]";
    }
}
