package dev.custos.audit.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 9162 §2.1 transcribed literally onto lists, with no caching: MTH, PATH and PROOF/SUBPROOF. The reference that
 * {@link MerkleTree} is checked against.
 */
final class NaiveMerkle {
    private NaiveMerkle() {}

    static MerkleHash mth(List<MerkleHash> leaves) {
        int n = leaves.size();
        if (n == 0) {
            return MerkleHashing.emptyRoot();
        }
        if (n == 1) {
            return leaves.get(0);
        }
        int k = largestPowerOfTwoBelow(n);
        return MerkleHashing.nodeHash(mth(leaves.subList(0, k)), mth(leaves.subList(k, n)));
    }

    static List<MerkleHash> path(int m, List<MerkleHash> leaves) {
        int n = leaves.size();
        List<MerkleHash> result = new ArrayList<>();
        if (n == 1) {
            return result;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m < k) {
            result.addAll(path(m, leaves.subList(0, k)));
            result.add(mth(leaves.subList(k, n)));
        } else {
            result.addAll(path(m - k, leaves.subList(k, n)));
            result.add(mth(leaves.subList(0, k)));
        }
        return result;
    }

    static List<MerkleHash> proof(int m, List<MerkleHash> leaves) {
        return subproof(m, leaves, true);
    }

    private static List<MerkleHash> subproof(int m, List<MerkleHash> leaves, boolean complete) {
        int n = leaves.size();
        List<MerkleHash> result = new ArrayList<>();
        if (m == n) {
            if (!complete) {
                result.add(mth(leaves));
            }
            return result;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            result.addAll(subproof(m, leaves.subList(0, k), complete));
            result.add(mth(leaves.subList(k, n)));
        } else {
            result.addAll(subproof(m - k, leaves.subList(k, n), false));
            result.add(mth(leaves.subList(0, k)));
        }
        return result;
    }

    private static int largestPowerOfTwoBelow(int n) {
        int k = 1;
        while (k * 2 < n) {
            k *= 2;
        }
        return k;
    }
}
