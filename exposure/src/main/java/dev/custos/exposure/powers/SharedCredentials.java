package dev.custos.exposure.powers;

import dev.custos.policy.model.Approver;
import dev.custos.policy.model.Passkey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which approver entries an attacker turns together. An approver approves with any of their keys (a device key, the
 * keys of their passkeys); entries that share a key, directly or through a chain of shared keys, are counted as one
 * power, like entries that share a device key. Credential ids are unique in a policy, but one key registered under two
 * ids, or an Ed25519 passkey whose key is another approver's device key, is one holder. Each group is named by its
 * smallest key text ({@link Passkey#keyText()}): an Ed25519 key in hex sorts before a {@code p256:} key.
 */
final class SharedCredentials {
    private SharedCredentials() {}

    /** Each approver's name mapped to the name of their group of credentials. */
    static Map<String, String> labels(List<Approver> approvers) {
        Map<String, String> parent = new HashMap<>();
        Map<String, List<String>> credentialsOf = new TreeMap<>();
        for (Approver approver : approvers) {
            List<String> credentials = credentials(approver);
            credentialsOf.put(approver.name(), credentials);
            for (String credential : credentials) {
                parent.putIfAbsent(credential, credential);
            }
            for (String credential : credentials.subList(1, credentials.size())) {
                union(parent, credentials.getFirst(), credential);
            }
        }
        Map<String, String> smallest = new HashMap<>();
        for (String credential : parent.keySet()) {
            smallest.merge(root(parent, credential), credential, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        Map<String, String> labels = new TreeMap<>();
        credentialsOf.forEach((name, credentials) ->
                labels.put(name, smallest.getOrDefault(root(parent, credentials.getFirst()), name)));
        return labels;
    }

    private static List<String> credentials(Approver approver) {
        List<String> credentials = new ArrayList<>();
        approver.publicKey().ifPresent(key -> credentials.add(HexFormat.of().formatHex(key)));
        for (Passkey passkey : approver.passkeys()) {
            if (!credentials.contains(passkey.keyText())) {
                credentials.add(passkey.keyText());
            }
        }
        return credentials;
    }

    private static String root(Map<String, String> parent, String credential) {
        String current = credential;
        String next = parent.getOrDefault(current, current);
        while (!next.equals(current)) {
            current = next;
            next = parent.getOrDefault(current, current);
        }
        return current;
    }

    private static void union(Map<String, String> parent, String first, String second) {
        String a = root(parent, first);
        String b = root(parent, second);
        if (!a.equals(b)) {
            parent.put(b, a);
        }
    }
}
