package dev.custos.detect.baseline;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.Detector;
import dev.custos.detect.RiskView;
import dev.custos.detect.event.Event;
import dev.custos.detect.explain.EntityRef;
import dev.custos.detect.explain.FeatureEvidence;
import dev.custos.detect.explain.Finding;
import dev.custos.detect.explain.FindingSeverity;
import dev.custos.detect.explain.KillChainStage;
import dev.custos.detect.explain.Scores;
import dev.custos.detect.state.Checkpointable;
import dev.custos.detect.state.EntityBounded;
import dev.custos.detect.state.EntityLimits;
import dev.custos.detect.state.EntityTable;
import dev.custos.detect.state.EntityTableUsage;
import dev.custos.detect.state.InvalidStateException;
import dev.custos.detect.state.StateJson;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Scores how rare an event's categorical attributes are for one entity (a user's countries, a host's processes, a
 * device's users...), then learns them. A value never seen contributes the attribute's full weight, a value seen in
 * less than {@link RarityRules#rareBelow()} of the (decayed) history, and less than a quarter of an average value's
 * share ({@code 1 / distinct values}), half of it; a value seen before but forgotten because the history was full
 * counts as rare, not new (see {@link CategoryHistory}); contributions combine as a
 * probabilistic OR. Each contribution is scaled by how settled the entity's history is: with {@code k} distinct
 * values in {@code n} observations, a new value is expected with probability about {@code k / (n + k)} (the
 * Chinese-restaurant estimate), so the weight is multiplied by {@code 1 - k / (n + k)}. Nothing fires until the
 * entity has {@link RarityRules#minimumHistory()} observations.
 */
public final class RarityDetector implements Detector, Checkpointable, EntityBounded {
    /** A value is rare only below this fraction of an average value's share (1 / distinct values). */
    static final double RARE_SHARE_OF_AVERAGE = 0.25;

    private final String name;
    private final Predicate<Event> applies;
    private final Function<Event, Optional<EntityRef>> baselineOf;
    private final Function<Event, List<EntityRef>> accountable;
    private final Function<Event, KillChainStage> stage;
    private final List<Attribute> attributes;
    private final RarityRules rules;
    private final EntityTable<EntityRef, Map<String, CategoryHistory>> profiles;

    /**
     * @param name the detector name
     * @param applies which events are scored and learned
     * @param baselineOf the entity whose history is kept
     * @param accountable the entities a finding concerns, accountable identity first (may be empty: then the
     *     baseline entity)
     * @param stage the kill-chain stage of a finding for this event
     * @param attributes the attributes scored
     * @param rules thresholds and decay
     * @param limits how many entities are kept, and for how long without being seen
     */
    public RarityDetector(
            String name,
            Predicate<Event> applies,
            Function<Event, Optional<EntityRef>> baselineOf,
            Function<Event, List<EntityRef>> accountable,
            Function<Event, KillChainStage> stage,
            List<Attribute> attributes,
            RarityRules rules,
            EntityLimits limits) {
        this.name = requireNonNull(name, "name is null");
        this.applies = requireNonNull(applies, "applies is null");
        this.baselineOf = requireNonNull(baselineOf, "baselineOf is null");
        this.accountable = requireNonNull(accountable, "accountable is null");
        this.stage = requireNonNull(stage, "stage is null");
        this.attributes = List.copyOf(attributes);
        this.rules = requireNonNull(rules, "rules is null");
        this.profiles = new EntityTable<>(name, limits);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Finding> observe(Event event, RiskView risk) {
        if (!applies.test(event)) {
            return List.of();
        }
        Optional<EntityRef> entity = baselineOf.apply(event);
        if (entity.isEmpty()) {
            return List.of();
        }
        Instant now = event.timestamp();
        Map<String, CategoryHistory> profile = profiles.touch(entity.get(), now, key -> new HashMap<>());
        List<FeatureEvidence> evidence = new ArrayList<>();
        List<Double> contributions = new ArrayList<>();
        for (Attribute attribute : attributes) {
            Optional<String> value = attribute.extractor().apply(event);
            if (value.isEmpty()) {
                continue;
            }
            CategoryHistory history = profile.computeIfAbsent(
                    attribute.name(), key -> new CategoryHistory(rules.halfLife(), rules.maxValuesPerAttribute()));
            score(attribute, value.get(), history, now).ifPresent(rarity -> {
                contributions.add(attribute.weight() * rarity.novelty());
                evidence.add(rarity.evidence());
            });
            history.observe(value.get(), now);
        }
        if (contributions.isEmpty()) {
            return List.of();
        }
        int score = Scores.toScore(Scores.combine(
                contributions.stream().mapToDouble(Double::doubleValue).toArray()));
        if (score < 1) {
            return List.of();
        }
        List<EntityRef> entities = new ArrayList<>(accountable.apply(event));
        if (!entities.contains(entity.get())) {
            entities.add(entity.get());
        }
        String summary = String.format(
                Locale.ROOT,
                "%s: %d unusual attribute%s for %s",
                event.action(),
                evidence.size(),
                evidence.size() == 1 ? "" : "s",
                entity.get());
        return List.of(new Finding(
                name,
                stage.apply(event),
                score,
                entities,
                now,
                event.reference(),
                summary,
                evidence,
                FindingSeverity.NORMAL));
    }

    private Optional<Rarity> score(Attribute attribute, String value, CategoryHistory history, Instant now) {
        if (history.observations() < rules.minimumHistory()) {
            return Optional.empty();
        }
        List<String> familiar = attribute.neighbors().apply(value);
        double factor = history.decayFactor(now);
        double frequency = 0;
        boolean known = false;
        for (String neighbor : familiar) {
            frequency += history.frequency(neighbor, factor);
            known |= history.known(neighbor);
        }
        double distinct = history.distinctValues();
        double settled = 1.0 - distinct / (history.observations() + distinct);
        boolean forgottenBefore = !known && familiar.stream().anyMatch(history::wasForgotten);
        if (forgottenBefore) {
            String usual = usual(history);
            String baseline = String.format(
                    Locale.ROOT,
                    "seen before but forgotten: more than %d distinct values in %d observations (memory now holds"
                            + " %d); usual: %s",
                    history.distinctValues(),
                    history.observations(),
                    history.capacity(),
                    usual);
            return Optional.of(new Rarity(0.5 * settled, new FeatureEvidence(attribute.name(), value, baseline)));
        }
        if (!known || frequency < rules.newBelow()) {
            String usual = usual(history);
            String baseline = String.format(
                    Locale.ROOT,
                    "%s in %d observations (%d distinct); usual: %s",
                    known ? "nearly forgotten" : "never seen",
                    history.observations(),
                    history.distinctValues(),
                    usual);
            return Optional.of(new Rarity(settled, new FeatureEvidence(attribute.name(), value, baseline)));
        }
        // Among many equally common values (a bastion shared by 36 users) each one is under 5 %; a value is rare
        // only when it is also under a quarter of an average value's share.
        double evenShare = 1.0 / Math.max(1.0, distinct);
        if (frequency < Math.min(rules.rareBelow(), RARE_SHARE_OF_AVERAGE * evenShare)) {
            String usual = usual(history);
            double historySize = history.weight(now);
            String baseline = String.format(
                    Locale.ROOT,
                    "rare: %.1f%% of %.0f recent observations, first seen %s; usual: %s",
                    frequency * 100,
                    historySize,
                    history.firstSeen(value) == null ? "near this hour" : history.firstSeen(value),
                    usual);
            return Optional.of(new Rarity(0.5 * settled, new FeatureEvidence(attribute.name(), value, baseline)));
        }
        return Optional.empty();
    }

    /** The three heaviest values, for explanations (computed only when a finding needs them). */
    private static String usual(CategoryHistory history) {
        return String.join(", ", history.topValues(3));
    }

    /** The number of entities with a baseline. */
    public int entityCount() {
        return profiles.size();
    }

    @Override
    public List<EntityTableUsage> entityUsage() {
        return List.of(profiles.usage());
    }

    /** Entities in the order they were last seen, least recent first, with the table's clock and counts. */
    @Override
    public ObjectNode checkpoint() {
        ObjectNode node = StateJson.object();
        profiles.writeState(node);
        ArrayNode entities = node.putArray("entities");
        profiles.forEach((key, profile, lastSeen) -> {
            ObjectNode entity = entities.addObject();
            entity.set("entity", StateJson.entity(key));
            EntityTable.writeLastSeen(entity, lastSeen);
            ObjectNode attributeStates = entity.putObject("attributes");
            new TreeMap<>(profile).forEach((name, history) -> attributeStates.set(name, history.toState()));
        });
        return node;
    }

    @Override
    public void restore(JsonNode state) {
        EntityTable.Restorer<EntityRef, Map<String, CategoryHistory>> restored = profiles.restorer(state);
        for (JsonNode entity : StateJson.array(state, "entities")) {
            Map<String, CategoryHistory> profile = new HashMap<>();
            for (Map.Entry<String, JsonNode> attribute :
                    StateJson.object(entity, "attributes").properties()) {
                if (attributes.stream().noneMatch(known -> known.name().equals(attribute.getKey()))) {
                    throw new InvalidStateException(name + ": unknown attribute " + attribute.getKey());
                }
                profile.put(
                        attribute.getKey(),
                        CategoryHistory.fromState(
                                attribute.getValue(), rules.halfLife(), rules.maxValuesPerAttribute()));
            }
            restored.add(StateJson.entity(StateJson.object(entity, "entity")), profile, entity);
        }
        restored.finish();
    }

    private record Rarity(double novelty, FeatureEvidence evidence) {}

    /** Convenience for accountable-entity functions. */
    public static Function<Event, List<EntityRef>> userThen(Function<Event, Optional<EntityRef>> other) {
        return event -> {
            List<EntityRef> entities = new ArrayList<>();
            event.userName().map(EntityRef::user).ifPresent(entities::add);
            other.apply(event).filter(entity -> !entities.contains(entity)).ifPresent(entities::add);
            return entities;
        };
    }

    static Duration requirePositive(Duration duration, String name) {
        requireNonNull(duration, name + " is null");
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
        return duration;
    }
}
