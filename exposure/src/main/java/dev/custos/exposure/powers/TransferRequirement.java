package dev.custos.exposure.powers;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a transfer from one wallet needs under the policy.
 *
 * @param wallet the wallet id
 * @param possible whether the policy can allow a transfer from it at all (it is not frozen and some rule allows)
 * @param why when not possible, the reason; else empty
 * @param quorums valid approvals needed per group (each group its own quorum; one approval counts for every group of
 *     its approver)
 * @param rules the ids of the rules whose approvals were counted
 */
public record TransferRequirement(
        String wallet, boolean possible, String why, Map<String, Integer> quorums, List<String> rules) {
    public TransferRequirement {
        requireNonNull(wallet, "wallet is null");
        requireNonNull(why, "why is null");
        quorums = Collections.unmodifiableMap(new TreeMap<>(requireNonNull(quorums, "quorums is null")));
        rules = List.copyOf(requireNonNull(rules, "rules is null"));
        for (Map.Entry<String, Integer> quorum : quorums.entrySet()) {
            if (quorum.getValue() < 1) {
                throw new IllegalArgumentException(
                        "group " + quorum.getKey() + ": quorum must be at least 1, got " + quorum.getValue());
            }
        }
        if (possible != why.isEmpty()) {
            throw new IllegalArgumentException("a reason is given exactly when no transfer is possible");
        }
    }

    /** A wallet from which no transfer passes the policy, for the reason {@code why}. */
    public static TransferRequirement impossible(String wallet, String why) {
        return new TransferRequirement(wallet, false, why, Map.of(), List.of());
    }
}
