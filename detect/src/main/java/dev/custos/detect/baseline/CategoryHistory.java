package dev.custos.detect.baseline;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.state.InvalidStateException;
import dev.custos.detect.state.StateJson;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How often an entity has shown each value of one categorical attribute, with exponential decay (so that a value
 * not seen for months becomes rare again) and the time each value was first seen. Bounded and adaptive: it starts
 * with room for {@code maxValues} values; beyond that the one with the least weight is forgotten, and its name is
 * kept in a list of forgotten values. When a forgotten value comes back (the entity's working set is larger than
 * the room), the room doubles, up to {@value #GROWTH_LIMIT} × {@code maxValues}. The forgotten list holds at most
 * that many names, oldest dropped first.
 */
public final class CategoryHistory {
    private final long halfLifeMillis;
    /** The room grows at most to this multiple of {@code maxValues}. */
    public static final int GROWTH_LIMIT = 8;

    private final int maxValues;
    private static final Comparator<Map.Entry<String, Tally>> HEAVIEST_FIRST = Comparator.comparingDouble(
                    (Map.Entry<String, Tally> entry) -> -entry.getValue().weight)
            .thenComparing(Map.Entry::getKey);

    private final Map<String, Tally> tallies = new HashMap<>();
    private final Set<String> forgotten = new LinkedHashSet<>();
    private int capacity;
    private double totalWeight;
    private Instant lastUpdate;
    private long observations;

    public CategoryHistory(Duration halfLife, int maxValues) {
        requireNonNull(halfLife, "halfLife is null");
        if (halfLife.isNegative() || halfLife.isZero()) {
            throw new IllegalArgumentException("halfLife must be positive: " + halfLife);
        }
        if (maxValues < 1) {
            throw new IllegalArgumentException("maxValues must be at least 1: " + maxValues);
        }
        this.halfLifeMillis = halfLife.toMillis();
        this.maxValues = maxValues;
        this.capacity = maxValues;
    }

    /** The largest number of values this history may ever hold. */
    public int hardLimit() {
        return maxValues * GROWTH_LIMIT;
    }

    /** The number of values it holds before forgetting the lightest, {@code maxValues}..{@link #hardLimit()}. */
    public int capacity() {
        return capacity;
    }

    /** True when the value was observed before and later forgotten because the history was full. */
    public boolean wasForgotten(String value) {
        return forgotten.contains(value);
    }

    /** The decayed share of past observations that had {@code value}, 0..1 (0 when never seen or no history). */
    public double frequency(String value, Instant now) {
        requireNonNull(value, "value is null");
        return frequency(value, decayFactor(now));
    }

    /** {@link #frequency(String, Instant)} with the decay factor of {@link #decayFactor(Instant)} computed once. */
    double frequency(String value, double factor) {
        Tally tally = tallies.get(value);
        if (tally == null || totalWeight <= 0) {
            return 0;
        }
        return Math.min(1.0, tally.weight * factor / (totalWeight * factor));
    }

    /**
     * The decayed weight of past observations whose value was at most as frequent as {@code value} (itself
     * included); 0 when the value is not remembered. With {@link #weight(Instant)} and {@link #distinctValues()} this
     * gives the value's rarity p-value ({@code dev.custos.detect.calibration.Evidence#rarity}).
     */
    public double weightAtMostAsFrequent(String value, Instant now) {
        requireNonNull(value, "value is null");
        Tally tally = tallies.get(value);
        if (tally == null) {
            return 0;
        }
        double sum = 0;
        for (Tally other : tallies.values()) {
            if (other.weight <= tally.weight) {
                sum += other.weight;
            }
        }
        return sum * decayFactor(now);
    }

    /** The decayed number of past observations (an effective history size). */
    public double weight(Instant now) {
        return totalWeight * decayFactor(now);
    }

    /** The number of observations ever recorded. */
    public long observations() {
        return observations;
    }

    /** The number of distinct values remembered. */
    public int distinctValues() {
        return tallies.size();
    }

    /** True when the value has been observed (and not forgotten). */
    public boolean known(String value) {
        return tallies.containsKey(value);
    }

    /** When the value was first observed, or null. */
    public Instant firstSeen(String value) {
        Tally tally = tallies.get(value);
        return tally == null ? null : tally.firstSeen;
    }

    /** The values with the most weight, most frequent first (ties by value), at most {@code limit}. */
    public List<String> topValues(int limit) {
        // A partial selection (one pass, at most `limit` kept in order) instead of sorting every value.
        List<Map.Entry<String, Tally>> best = new ArrayList<>(Math.max(0, limit) + 1);
        if (limit > 0) {
            for (Map.Entry<String, Tally> entry : tallies.entrySet()) {
                if (best.size() == limit && HEAVIEST_FIRST.compare(entry, best.get(limit - 1)) >= 0) {
                    continue;
                }
                int position = best.size();
                while (position > 0 && HEAVIEST_FIRST.compare(entry, best.get(position - 1)) < 0) {
                    position--;
                }
                best.add(position, entry);
                if (best.size() > limit) {
                    best.remove(limit);
                }
            }
        }
        List<String> values = new ArrayList<>(best.size());
        for (Map.Entry<String, Tally> entry : best) {
            values.add(entry.getKey());
        }
        return values;
    }

    /** Records one observation of {@code value} at {@code now}. */
    public void observe(String value, Instant now) {
        requireNonNull(value, "value is null");
        requireNonNull(now, "now is null");
        rescaleTo(now);
        Tally tally = tallies.get(value);
        if (tally == null) {
            if (forgotten.remove(value)) {
                capacity = Math.min(hardLimit(), capacity * 2);
            }
            if (tallies.size() >= capacity) {
                forgetLightest();
            }
            tally = new Tally(now);
            tallies.put(value, tally);
        }
        tally.weight += 1.0;
        totalWeight += 1.0;
        observations++;
    }

    /** The state, for checkpoints: values sorted, weights as of the last update. */
    public ObjectNode toState() {
        ObjectNode node = StateJson.object();
        node.put("total_weight", totalWeight);
        node.put("last_update", lastUpdate == null ? null : lastUpdate.toString());
        node.put("observations", observations);
        node.put("capacity", capacity);
        ArrayNode forgottenValues = node.putArray("forgotten");
        forgotten.forEach(forgottenValues::add);
        ArrayNode values = node.putArray("values");
        List<String> names = new ArrayList<>(tallies.keySet());
        names.sort(Comparator.naturalOrder());
        for (String name : names) {
            Tally tally = tallies.get(name);
            ObjectNode value = values.addObject();
            value.put("value", name);
            value.put("weight", tally.weight);
            value.put("first_seen", tally.firstSeen.toString());
        }
        return node;
    }

    /** Rebuilds a history from {@link #toState()}. */
    public static CategoryHistory fromState(JsonNode state, Duration halfLife, int maxValues) {
        CategoryHistory history = new CategoryHistory(halfLife, maxValues);
        history.totalWeight = StateJson.number(state, "total_weight", 0);
        history.lastUpdate = StateJson.optionalInstant(state, "last_update");
        history.observations = StateJson.count(state, "observations");
        long capacity = state.has("capacity") ? StateJson.count(state, "capacity") : maxValues;
        if (capacity < maxValues || capacity > history.hardLimit()) {
            throw new InvalidStateException(
                    "capacity must be in " + maxValues + ".." + history.hardLimit() + ": " + capacity);
        }
        history.capacity = (int) capacity;
        JsonNode values = StateJson.array(state, "values");
        if (values.size() > capacity) {
            throw new InvalidStateException("more than " + capacity + " values in a category history");
        }
        if (state.has("forgotten")) {
            JsonNode forgottenValues = StateJson.array(state, "forgotten");
            if (forgottenValues.size() > history.hardLimit()) {
                throw new InvalidStateException("more than " + history.hardLimit() + " forgotten values");
            }
            for (JsonNode forgottenValue : forgottenValues) {
                if (!forgottenValue.isTextual()) {
                    throw new InvalidStateException("forgotten values must be strings");
                }
                history.forgotten.add(forgottenValue.asText());
            }
        }
        for (JsonNode value : values) {
            Tally tally = new Tally(StateJson.instant(value, "first_seen"));
            tally.weight = StateJson.number(value, "weight", 0);
            if (history.tallies.put(StateJson.text(value, "value"), tally) != null) {
                throw new InvalidStateException("duplicate value in a category history");
            }
        }
        return history;
    }

    private void rescaleTo(Instant now) {
        if (lastUpdate == null) {
            lastUpdate = now;
            return;
        }
        double factor = decayFactor(now);
        if (factor < 1.0) {
            for (Tally tally : tallies.values()) {
                tally.weight *= factor;
            }
            totalWeight *= factor;
        }
        if (now.isAfter(lastUpdate)) {
            lastUpdate = now;
        }
    }

    /** How much the recorded weights have decayed between the last update and {@code now} (1 when not later). */
    double decayFactor(Instant now) {
        if (lastUpdate == null || !now.isAfter(lastUpdate)) {
            return 1.0;
        }
        double halfLives = (double) Duration.between(lastUpdate, now).toMillis() / halfLifeMillis;
        return Math.pow(0.5, halfLives);
    }

    private void forgetLightest() {
        String lightest = null;
        double lightestWeight = Double.MAX_VALUE;
        for (Map.Entry<String, Tally> entry : tallies.entrySet()) {
            double weight = entry.getValue().weight;
            if (weight < lightestWeight
                    || (weight == lightestWeight
                            && lightest != null
                            && entry.getKey().compareTo(lightest) > 0)) {
                lightest = entry.getKey();
                lightestWeight = weight;
            }
        }
        Tally removed = tallies.remove(lightest);
        totalWeight -= removed.weight;
        forgotten.add(lightest);
        if (forgotten.size() > hardLimit()) {
            forgotten.remove(forgotten.iterator().next());
        }
    }

    private static final class Tally {
        private final Instant firstSeen;
        private double weight;

        private Tally(Instant firstSeen) {
            this.firstSeen = firstSeen;
        }
    }
}
