package dev.custos.exposure.analysis;

import dev.custos.exposure.committee.SigningSet;
import dev.custos.exposure.search.NodeCover;
import dev.custos.exposure.search.SearchBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code sign_outside_policy}: the fewest people who together control threshold-many of a wallet's signer nodes. */
final class SigningExposure {
    private SigningExposure() {}

    /**
     * @param nodesByPerson every node each registry person controls (directly or through shared resources)
     * @param set the wallet's nodes and threshold
     */
    static Outcome of(Map<String, Set<String>> nodesByPerson, SigningSet set, SearchBudget budget) {
        List<String> names = new ArrayList<>(nodesByPerson.keySet());
        names.sort(null);
        List<Long> masks = new ArrayList<>();
        List<String> alone = new ArrayList<>();
        long reachable = 0;
        for (String name : names) {
            long mask = 0;
            for (String node : nodesByPerson.getOrDefault(name, Set.of())) {
                int index = set.nodes().indexOf(node);
                if (index >= 0) {
                    mask |= 1L << index;
                }
            }
            masks.add(mask);
            reachable |= mask;
            if (Long.bitCount(mask) >= set.threshold()) {
                alone.add(name);
            }
        }
        Optional<List<Integer>> chosen = NodeCover.minimum(masks, set.threshold(), budget);
        if (chosen.isEmpty()) {
            return new Outcome(
                    Figure.unreachable("the registry gives its people control of " + Long.bitCount(reachable) + " of "
                            + set.nodes().size() + " nodes; " + set.threshold() + " sign"),
                    List.of());
        }
        return new Outcome(Figure.of(chosen.get().stream().map(names::get).toList()), alone);
    }
}
