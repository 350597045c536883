package dev.custos.exposure.committee;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.exposure.ExposureInputException;
import dev.custos.exposure.JsonFields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads a committee object (docs/PEOPLE.md, "The committee file"), strictly, naming the field at fault. */
public final class CommitteeJson {
    private static final Set<String> FIELDS = Set.of("nodes", "threshold", "wallets", "admins", "admin_threshold");
    private static final Set<String> SET_FIELDS = Set.of("nodes", "threshold");

    private CommitteeJson() {}

    /** The committee in {@code node}; {@code where} names it in errors ({@code committee}, {@code registry.committee}). */
    public static Committee parse(JsonNode node, String where) {
        JsonFields.checkObject(node, FIELDS, where);
        Optional<SigningSet> defaultSet = Optional.empty();
        if (node.has("nodes") || node.has("threshold")) {
            defaultSet = Optional.of(signingSet(node, where));
        }
        Map<String, SigningSet> wallets = new LinkedHashMap<>();
        JsonNode walletNode = node.get("wallets");
        if (walletNode != null) {
            if (!walletNode.isObject()) {
                throw new ExposureInputException(where + ".wallets must be an object from wallet id to signing set");
            }
            for (Map.Entry<String, JsonNode> entry : walletNode.properties()) {
                String path = where + ".wallets." + entry.getKey();
                JsonFields.checkObject(entry.getValue(), SET_FIELDS, path);
                wallets.put(entry.getKey(), signingSet(entry.getValue(), path));
            }
        }
        if (defaultSet.isEmpty() && wallets.isEmpty()) {
            throw new ExposureInputException(
                    where + " declares no signing set: give 'nodes' and 'threshold', or 'wallets'");
        }
        List<String> admins = JsonFields.texts(node, "admins", where);
        int adminThreshold = admins.isEmpty() && !node.has("admin_threshold")
                ? 0
                : JsonFields.requiredInt(node, "admin_threshold", where, 1, Math.max(1, admins.size()));
        if (admins.isEmpty() && adminThreshold != 0) {
            throw new ExposureInputException(where + ".admin_threshold is given but " + where + ".admins is empty");
        }
        return new Committee(defaultSet, wallets, admins, adminThreshold);
    }

    private static SigningSet signingSet(JsonNode node, String where) {
        List<String> nodes = JsonFields.texts(node, "nodes", where);
        if (nodes.isEmpty()) {
            throw new ExposureInputException(where + ".nodes must name at least one node");
        }
        if (nodes.size() > SigningSet.MAX_NODES) {
            throw new ExposureInputException(where + ".nodes names " + nodes.size() + " nodes; at most "
                    + SigningSet.MAX_NODES + " are analysed");
        }
        int threshold = JsonFields.requiredInt(node, "threshold", where, 1, nodes.size());
        return new SigningSet(nodes, threshold);
    }
}
