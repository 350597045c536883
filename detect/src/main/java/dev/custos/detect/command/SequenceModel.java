package dev.custos.detect.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.state.InvalidStateException;
import dev.custos.detect.state.StateJson;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A bounded, decaying n-gram model of one entity's commands: unigram counts of command tokens and bigram counts over
 * the process lineage ({@code parent → command}). Counts halve every {@link #HALF_LIFE}; at most {@code maxTokens}
 * unigrams and contexts and twice as many bigrams are kept, the lightest forgotten first. Probabilities are smoothed
 * towards a prior distribution (the peer group's), so a command its peers run is less surprising than one
 * nobody runs (see {@link CommandBehaviourDetector#surprise}).
 */
final class SequenceModel {
    static final Duration HALF_LIFE = Duration.ofDays(30);
    private static final Duration DECAY_STEP = Duration.ofHours(12);
    private static final double FORGET_BELOW = 0.01;

    private final int maxTokens;
    private final Map<String, Count> unigrams = new HashMap<>();
    private final Map<String, Count> bigrams = new HashMap<>();
    private final Map<String, Count> contexts = new HashMap<>();
    private double total;
    private long observations;
    private Instant decayedAt;

    SequenceModel(int maxTokens) {
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be at least 1: " + maxTokens);
        }
        this.maxTokens = maxTokens;
    }

    /** Commands observed in all (not decayed). */
    long observations() {
        return observations;
    }

    /** The decayed count of the token. */
    double count(String token) {
        return value(unigrams, token);
    }

    /** The decayed count of {@code context → token}. */
    double count(String context, String token) {
        return value(bigrams, bigram(context, token));
    }

    /** Distinct tokens remembered. */
    int distinct() {
        return unigrams.size();
    }

    /** The decayed share of the token, additively smoothed over the known vocabulary and one unseen token. */
    double share(String token) {
        return (count(token) + 0.5) / (total + 0.5 * (unigrams.size() + 1));
    }

    /** The decayed number of commands (the sum of the unigram counts). */
    double observationsWeight() {
        return total;
    }

    /** The decayed number of commands run under {@code context}. */
    double contextCount(String context) {
        return value(contexts, context);
    }

    /** Learns one command at {@code now}. */
    void learn(String context, String token, Instant now) {
        decay(now);
        increment(unigrams, token);
        increment(bigrams, bigram(context, token));
        increment(contexts, context);
        total += 1;
        observations++;
        trim(unigrams, maxTokens, true);
        trim(bigrams, 2 * maxTokens, false);
        trim(contexts, maxTokens, false);
    }

    private void decay(Instant now) {
        if (decayedAt == null) {
            decayedAt = now;
            return;
        }
        Duration elapsed = Duration.between(decayedAt, now);
        if (elapsed.compareTo(DECAY_STEP) < 0) {
            return;
        }
        double factor = Math.pow(0.5, (double) elapsed.toMillis() / HALF_LIFE.toMillis());
        scale(unigrams, factor);
        scale(bigrams, factor);
        scale(contexts, factor);
        total = sum(unigrams);
        decayedAt = now;
    }

    private static double value(Map<String, Count> counts, String key) {
        Count count = counts.get(key);
        return count == null ? 0.0 : count.value;
    }

    /**
     * Adds one to the key's count. A new key goes in with {@code computeIfAbsent}, which places entries in the hash
     * table exactly as {@code merge} does, so the iteration order (and so the rounding of {@link #sum}) stays the
     * same as with boxed counts merged.
     */
    private static void increment(Map<String, Count> counts, String key) {
        counts.computeIfAbsent(key, ignored -> new Count(0.0)).value += 1.0;
    }

    /** The sum of the counts, compensated, in the map's iteration order. */
    private static double sum(Map<String, Count> counts) {
        return counts.values().stream().mapToDouble(count -> count.value).sum();
    }

    private static void scale(Map<String, Count> counts, double factor) {
        for (Count count : counts.values()) {
            count.value *= factor;
        }
        counts.values().removeIf(count -> count.value < FORGET_BELOW);
    }

    private void trim(Map<String, Count> counts, int limit, boolean adjustTotal) {
        while (counts.size() > limit) {
            String lightest = null;
            double weight = Double.MAX_VALUE;
            for (Map.Entry<String, Count> entry : counts.entrySet()) {
                double value = entry.getValue().value;
                if (value < weight || (value == weight && entry.getKey().compareTo(lightest) < 0)) {
                    lightest = entry.getKey();
                    weight = value;
                }
            }
            counts.remove(lightest);
            if (adjustTotal) {
                total -= weight;
            }
        }
    }

    private static String bigram(String context, String token) {
        return context + "\u2192" + token;
    }

    ObjectNode toState() {
        ObjectNode node = StateJson.object();
        node.put("observations", observations);
        node.put("decayed_at", decayedAt == null ? null : decayedAt.toString());
        node.set("unigrams", counts(unigrams));
        node.set("bigrams", counts(bigrams));
        node.set("contexts", counts(contexts));
        return node;
    }

    static SequenceModel fromState(JsonNode state, int maxTokens) {
        SequenceModel model = new SequenceModel(maxTokens);
        model.observations = StateJson.count(state, "observations");
        model.decayedAt = StateJson.optionalInstant(state, "decayed_at");
        read(StateJson.object(state, "unigrams"), model.unigrams, maxTokens, "unigrams");
        read(StateJson.object(state, "bigrams"), model.bigrams, 2 * maxTokens, "bigrams");
        read(StateJson.object(state, "contexts"), model.contexts, maxTokens, "contexts");
        model.total = sum(model.unigrams);
        return model;
    }

    private static ObjectNode counts(Map<String, Count> counts) {
        ObjectNode node = StateJson.object();
        new TreeMap<>(counts).forEach((key, count) -> node.put(key, count.value));
        return node;
    }

    private static void read(JsonNode node, Map<String, Count> into, int limit, String field) {
        if (node.size() > limit) {
            throw new InvalidStateException(field + " holds more than " + limit + " entries");
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            JsonNode value = entry.getValue();
            if (!value.isNumber() || !Double.isFinite(value.asDouble()) || value.asDouble() < 0) {
                throw new InvalidStateException(field + "." + entry.getKey() + " is not a finite number >= 0");
            }
            into.put(entry.getKey(), new Count(value.asDouble()));
        }
    }

    /** A mutable decayed count, so that learning does not box a new value per update. */
    private static final class Count {
        private double value;

        private Count(double value) {
            this.value = value;
        }
    }
}
