package dev.custos.detect.transaction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.state.InvalidStateException;
import dev.custos.detect.state.StateJson;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the whole organisation's wallets do, for judging a wallet that has too little history of its own: per wallet
 * tier, the most recent {@value #SAMPLE} request amounts and shares of balance, and the destinations any wallet has
 * paid or allowlisted (at most {@value #MAX_DESTINATIONS}, least recently used forgotten first).
 */
final class OrgPriors {
    static final int SAMPLE = 2_048;
    static final int MAX_DESTINATIONS = 16_384;

    private final Map<String, TierSample> tiers = new TreeMap<>();
    private final LinkedHashMap<String, Boolean> destinations = new LinkedHashMap<>(64, 0.75f, true);

    /** The sample of a tier ({@code unknown} when the event names none). */
    TierSample tier(String tier) {
        return tiers.computeIfAbsent(tier, key -> new TierSample());
    }

    /** True when some wallet of the organisation already paid or allowlisted {@code address}. */
    boolean seenOrgWide(String address) {
        return destinations.get(address) != null;
    }

    void learnDestination(String address) {
        destinations.put(address, Boolean.TRUE);
        if (destinations.size() > MAX_DESTINATIONS) {
            destinations.remove(destinations.keySet().iterator().next());
        }
    }

    ObjectNode toState() {
        ObjectNode node = StateJson.object();
        ObjectNode tierStates = node.putObject("tiers");
        tiers.forEach((tier, sample) -> tierStates.set(tier, sample.toState()));
        ArrayNode addresses = node.putArray("destinations");
        destinations.keySet().forEach(addresses::add);
        return node;
    }

    static OrgPriors fromState(JsonNode state) {
        OrgPriors priors = new OrgPriors();
        JsonNode tierStates = StateJson.object(state, "tiers");
        for (Map.Entry<String, JsonNode> entry : tierStates.properties()) {
            priors.tiers.put(entry.getKey(), TierSample.fromState(entry.getValue()));
        }
        JsonNode addresses = StateJson.array(state, "destinations");
        if (addresses.size() > MAX_DESTINATIONS) {
            throw new InvalidStateException("more than " + MAX_DESTINATIONS + " org-wide destinations");
        }
        for (JsonNode address : addresses) {
            if (!address.isTextual()) {
                throw new InvalidStateException("destinations holds a non-string");
            }
            priors.destinations.put(address.asText(), Boolean.TRUE);
        }
        return priors;
    }

    /** Recent amounts and balance shares of one tier's requests. */
    static final class TierSample {
        private final Deque<Double> amounts = new ArrayDeque<>();
        private final Deque<Double> shares = new ArrayDeque<>();

        void learn(double amountUsd, double share) {
            add(amounts, amountUsd);
            if (share >= 0) {
                add(shares, share);
            }
        }

        int amountCount() {
            return amounts.size();
        }

        int shareCount() {
            return shares.size();
        }

        /** The {@code q} quantile (0..1) of the recent amounts; NaN when empty. */
        double amountQuantile(double q) {
            return quantile(amounts, q);
        }

        /** The {@code q} quantile (0..1) of the recent shares of balance; NaN when empty. */
        double shareQuantile(double q) {
            return quantile(shares, q);
        }

        private static void add(Deque<Double> values, double value) {
            values.addLast(value);
            if (values.size() > SAMPLE) {
                values.removeFirst();
            }
        }

        private static double quantile(Deque<Double> values, double q) {
            if (values.isEmpty()) {
                return Double.NaN;
            }
            double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
            Arrays.sort(sorted);
            int index = (int) Math.min(sorted.length - 1, Math.floor(q * sorted.length));
            return sorted[index];
        }

        ObjectNode toState() {
            ObjectNode node = StateJson.object();
            ArrayNode amountStates = node.putArray("amounts");
            amounts.forEach(amountStates::add);
            ArrayNode shareStates = node.putArray("shares");
            shares.forEach(shareStates::add);
            return node;
        }

        static TierSample fromState(JsonNode state) {
            TierSample sample = new TierSample();
            read(StateJson.array(state, "amounts"), sample.amounts, "amounts");
            read(StateJson.array(state, "shares"), sample.shares, "shares");
            return sample;
        }

        private static void read(JsonNode array, Deque<Double> into, String field) {
            if (array.size() > SAMPLE) {
                throw new InvalidStateException(field + " holds more than " + SAMPLE + " values");
            }
            for (JsonNode value : array) {
                if (!value.isNumber() || !Double.isFinite(value.asDouble()) || value.asDouble() < 0) {
                    throw new InvalidStateException(field + " holds a value that is not a finite number >= 0");
                }
                into.addLast(value.asDouble());
            }
        }
    }
}
