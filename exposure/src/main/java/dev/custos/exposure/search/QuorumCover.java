package dev.custos.exposure.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fewest units (device keys, each held by people who sign as the names on it) whose approvals meet every group's
 * quorum: unit {@code u} adds {@code contributions[u][g]} approvals to group {@code g}, and the groups still need
 * {@code deficit[g]} approvals.
 *
 * <p>Exact: units with the same contribution are interchangeable, so the search decides how many of each kind to take
 * (most useful kinds first), and prunes a branch when the count so far plus a lower bound on what is still needed
 * (for each group, its deficit over the largest contribution left to it) cannot beat the best answer found.
 */
public final class QuorumCover {
    private final List<Kind> kinds;
    private final SearchBudget budget;
    private int best = Integer.MAX_VALUE;
    private int[] bestCounts = new int[0];

    /** Units with one contribution vector. */
    private record Kind(int[] contribution, List<Integer> units) {}

    private QuorumCover(List<Kind> kinds, SearchBudget budget) {
        this.kinds = kinds;
        this.budget = budget;
    }

    /**
     * The indexes (into {@code contributions}) of a smallest set of units that meets {@code deficit}, ascending;
     * empty when all units together do not.
     */
    public static Optional<List<Integer>> minimum(List<int[]> contributions, int[] deficit, SearchBudget budget) {
        Map<String, Kind> byVector = new LinkedHashMap<>();
        for (int u = 0; u < contributions.size(); u++) {
            int[] contribution = contributions.get(u);
            if (contribution.length != deficit.length) {
                throw new IllegalArgumentException("unit " + u + " has " + contribution.length + " contributions for "
                        + deficit.length + " groups");
            }
            if (Arrays.stream(contribution).anyMatch(c -> c < 0)) {
                throw new IllegalArgumentException("unit " + u + " has a negative contribution");
            }
            if (Arrays.stream(contribution).allMatch(c -> c == 0)) {
                continue;
            }
            byVector.computeIfAbsent(Arrays.toString(contribution), key -> new Kind(contribution, new ArrayList<>()))
                    .units()
                    .add(u);
        }
        List<Kind> kinds = new ArrayList<>(byVector.values());
        kinds.sort(Comparator.comparingInt(
                        (Kind kind) -> Arrays.stream(kind.contribution()).sum())
                .reversed());
        QuorumCover search = new QuorumCover(kinds, budget);
        search.search(0, deficit.clone(), new int[kinds.size()], 0);
        if (search.best == Integer.MAX_VALUE) {
            return Optional.empty();
        }
        List<Integer> chosen = new ArrayList<>();
        for (int k = 0; k < kinds.size(); k++) {
            chosen.addAll(kinds.get(k).units().subList(0, search.bestCounts[k]));
        }
        chosen.sort(null);
        return Optional.of(chosen);
    }

    private void search(int next, int[] deficit, int[] counts, int taken) {
        budget.step();
        if (Arrays.stream(deficit).allMatch(d -> d <= 0)) {
            if (taken < best) {
                best = taken;
                bestCounts = counts.clone();
            }
            return;
        }
        int bound = lowerBound(next, deficit);
        if (bound == Integer.MAX_VALUE || taken + bound >= best) {
            return;
        }
        Kind kind = kinds.get(next);
        int useful = 0;
        for (int g = 0; g < deficit.length; g++) {
            if (deficit[g] > 0 && kind.contribution()[g] > 0) {
                useful = Math.max(useful, ceilDiv(deficit[g], kind.contribution()[g]));
            }
        }
        for (int count = Math.min(useful, kind.units().size()); count >= 0; count--) {
            int[] rest = deficit.clone();
            for (int g = 0; g < rest.length; g++) {
                rest[g] -= count * kind.contribution()[g];
            }
            counts[next] = count;
            search(next + 1, rest, counts, taken + count);
        }
        counts[next] = 0;
    }

    /** Units still needed at least, using kinds from {@code next}; {@code MAX_VALUE} if some deficit cannot be met. */
    private int lowerBound(int next, int[] deficit) {
        int bound = 0;
        for (int g = 0; g < deficit.length; g++) {
            if (deficit[g] <= 0) {
                continue;
            }
            int largest = 0;
            int supply = 0;
            for (int k = next; k < kinds.size(); k++) {
                int c = kinds.get(k).contribution()[g];
                largest = Math.max(largest, c);
                supply += c * kinds.get(k).units().size();
            }
            if (supply < deficit[g]) {
                return Integer.MAX_VALUE;
            }
            bound = Math.max(bound, ceilDiv(deficit[g], largest));
        }
        return bound;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
