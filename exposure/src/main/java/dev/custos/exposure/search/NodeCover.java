package dev.custos.exposure.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The fewest people who together control at least {@code threshold} of a signing set's nodes: each person is the set
 * of nodes they control (a 64-bit mask), and a person controlling two nodes counts once.
 *
 * <p>Exact: people whose nodes are a subset of another's are dropped (the other does at least as well), then an
 * iterative-deepening search tries 1, 2, … people, pruning a branch when even the largest remaining gains cannot reach
 * the threshold. The answer is at most {@code threshold} people, since each useful person adds a node.
 */
public final class NodeCover {
    private final List<Candidate> candidates;
    private final int threshold;
    private final SearchBudget budget;

    private record Candidate(int index, long mask) {}

    private NodeCover(List<Candidate> candidates, int threshold, SearchBudget budget) {
        this.candidates = candidates;
        this.threshold = threshold;
        this.budget = budget;
    }

    /**
     * The indexes (into {@code masks}) of a smallest set of people whose masks together hold at least {@code
     * threshold} bits, in ascending order; empty when all of them together do not.
     */
    public static Optional<List<Integer>> minimum(List<Long> masks, int threshold, SearchBudget budget) {
        if (threshold < 1 || threshold > 64) {
            throw new IllegalArgumentException("threshold must be 1 to 64, got " + threshold);
        }
        List<Candidate> all = new ArrayList<>();
        for (int i = 0; i < masks.size(); i++) {
            if (masks.get(i) != 0) {
                all.add(new Candidate(i, masks.get(i)));
            }
        }
        all.sort(Comparator.comparingInt((Candidate c) -> Long.bitCount(c.mask()))
                .reversed()
                .thenComparingInt(Candidate::index));
        List<Candidate> kept = new ArrayList<>();
        long union = 0;
        for (Candidate candidate : all) {
            budget.step();
            boolean dominated = kept.stream().anyMatch(k -> (candidate.mask() & ~k.mask()) == 0);
            if (!dominated) {
                kept.add(candidate);
                union |= candidate.mask();
            }
        }
        if (Long.bitCount(union) < threshold) {
            return Optional.empty();
        }
        NodeCover search = new NodeCover(kept, threshold, budget);
        int[] chosen = new int[threshold];
        for (int size = 1; size <= threshold; size++) {
            if (search.find(0, size, 0L, chosen, 0)) {
                List<Integer> result = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    result.add(kept.get(chosen[i]).index());
                }
                result.sort(null);
                return Optional.of(result);
            }
        }
        throw new IllegalStateException("the union reaches the threshold, so some set of people must");
    }

    private boolean find(int start, int left, long covered, int[] chosen, int depth) {
        budget.step();
        int need = threshold - Long.bitCount(covered);
        if (need <= 0) {
            return true;
        }
        if (left == 0 || upperGain(start, left, covered) < need) {
            return false;
        }
        for (int i = start; i < candidates.size(); i++) {
            long gain = candidates.get(i).mask() & ~covered;
            if (gain == 0) {
                continue;
            }
            chosen[depth] = i;
            if (find(i + 1, left - 1, covered | candidates.get(i).mask(), chosen, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    /** The sum of the {@code left} largest new-node counts among candidates from {@code start}: a bound on any pick. */
    private int upperGain(int start, int left, long covered) {
        int[] top = new int[left];
        for (int i = start; i < candidates.size(); i++) {
            int gain = Long.bitCount(candidates.get(i).mask() & ~covered);
            if (gain > top[left - 1]) {
                int at = left - 1;
                while (at > 0 && top[at - 1] < gain) {
                    top[at] = top[at - 1];
                    at--;
                }
                top[at] = gain;
            }
        }
        int sum = 0;
        for (int gain : top) {
            sum += gain;
        }
        return sum;
    }
}
