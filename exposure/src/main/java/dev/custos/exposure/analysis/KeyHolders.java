package dev.custos.exposure.analysis;

import dev.custos.exposure.powers.ApproverPower;
import dev.custos.exposure.powers.PolicyPowers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The policy's approver entries grouped by device key: whoever holds a key signs as every name on it, so a key, not
 * a name, is what an attacker turns. Keys and names are kept sorted so that results are deterministic.
 */
final class KeyHolders {
    private final Map<String, List<ApproverPower>> byKey = new TreeMap<>();
    private final Map<String, String> keyOfName = new TreeMap<>();

    KeyHolders(PolicyPowers powers) {
        for (ApproverPower approver : powers.approvers()) {
            byKey.computeIfAbsent(approver.deviceKey(), key -> new ArrayList<>())
                    .add(approver);
            keyOfName.put(approver.name(), approver.deviceKey());
        }
        byKey.values().forEach(entries -> entries.sort((a, b) -> a.name().compareTo(b.name())));
    }

    /** Every device key, sorted. */
    List<String> keys() {
        return List.copyOf(byKey.keySet());
    }

    /** The device key of approver {@code name}, if they are one. */
    Optional<String> keyOf(String name) {
        return Optional.ofNullable(keyOfName.get(name));
    }

    /** The approver names on {@code key}, sorted. */
    List<String> names(String key) {
        return byKey.getOrDefault(key, List.of()).stream()
                .map(ApproverPower::name)
                .toList();
    }

    /** The person named in examples for {@code key}: the first of its names. */
    String holder(String key) {
        return names(key).getFirst();
    }

    /**
     * How many approvals {@code key} gives each of {@code groups} when {@code initiator} started the request: every
     * name on the key counts for each of its groups, except the initiator's own name (four eyes).
     */
    int[] contribution(String key, List<String> groups, String initiator) {
        int[] counts = new int[groups.size()];
        for (ApproverPower approver : byKey.getOrDefault(key, List.of())) {
            if (approver.name().equals(initiator)) {
                continue;
            }
            for (int g = 0; g < groups.size(); g++) {
                if (approver.inGroup(groups.get(g))) {
                    counts[g]++;
                }
            }
        }
        return counts;
    }

    /** Keys that more than one approver entry shares, each with its names. */
    Map<String, List<String>> shared() {
        Map<String, List<String>> shared = new TreeMap<>();
        byKey.forEach((key, entries) -> {
            if (entries.size() > 1) {
                shared.put(key, names(key));
            }
        });
        return Collections.unmodifiableMap(shared);
    }
}
