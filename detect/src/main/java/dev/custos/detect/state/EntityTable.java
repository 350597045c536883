package dev.custos.detect.state;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Per-entity state with bounded size: entries are kept in the order they were last seen, an entry not seen for
 * longer than {@link EntityLimits#idleExpiry()} is dropped, and when the table is over {@link
 * EntityLimits#maxEntities()} the least recently seen entry is dropped. "Seen" is measured on the table's own clock,
 * the latest event time it was given, which never moves backwards; so the order of entries is also the order of their
 * last-seen times, expiry only ever looks at the oldest entries, and every operation is O(1). Everything depends only
 * on the events and on the saved state, never on the wall clock: a replay, or a restored checkpoint, forgets exactly
 * the same entities.
 *
 * <p>Not thread-safe.
 *
 * @param <K> the entity key
 * @param <V> the state kept per entity
 */
public final class EntityTable<K, V> {
    private static final String LATEST = "latest";
    private static final String EXPIRED = "expired";
    private static final String EVICTED = "evicted";
    private static final String LAST_SEEN = "last_seen";

    private final String name;
    private final EntityLimits limits;
    private final LinkedHashMap<K, Slot<V>> slots = new LinkedHashMap<>();
    private Instant latest;
    private long expired;
    private long evicted;

    public EntityTable(String name, EntityLimits limits) {
        this.name = requireNonNull(name, "name is null");
        this.limits = requireNonNull(limits, "limits is null");
    }

    /**
     * Moves the table's clock to {@code time} (never backwards) and drops the entries idle for longer than the
     * expiry.
     */
    public void advance(Instant time) {
        requireNonNull(time, "time is null");
        if (latest == null) {
            latest = time;
            stampUnknown(time);
        } else if (time.isAfter(latest)) {
            latest = time;
        }
        Instant oldest = latest.minus(limits.idleExpiry());
        Iterator<Slot<V>> iterator = slots.values().iterator();
        while (iterator.hasNext()) {
            Slot<V> slot = iterator.next();
            if (!slot.lastSeen.isBefore(oldest)) {
                break;
            }
            iterator.remove();
            expired++;
        }
    }

    /**
     * The state of {@code key}, created by {@code create} when absent, marked as seen now: advances the clock to
     * {@code time}, expires idle entries, and evicts the least recently seen entry when a new one overfills the table.
     */
    public V touch(K key, Instant time, Function<? super K, ? extends V> create) {
        requireNonNull(key, "key is null");
        requireNonNull(create, "create is null");
        advance(time);
        Slot<V> slot = slots.get(key);
        if (slot == null) {
            slot = new Slot<>(requireNonNull(create.apply(key), "create returned null"), latest);
            slots.put(key, slot);
            if (slots.size() > limits.maxEntities()) {
                slots.pollFirstEntry();
                evicted++;
            }
            return slot.value;
        }
        slot.lastSeen = latest;
        slots.putLast(key, slot);
        return slot.value;
    }

    /**
     * The state of {@code key} marked as seen now, or null when absent (nothing is created): advances the clock to
     * {@code time} and expires idle entries first.
     */
    public V touchIfPresent(K key, Instant time) {
        requireNonNull(key, "key is null");
        advance(time);
        Slot<V> slot = slots.get(key);
        if (slot == null) {
            return null;
        }
        slot.lastSeen = latest;
        slots.putLast(key, slot);
        return slot.value;
    }

    /**
     * Drops, among the entries last seen before {@code seenBefore}, those that {@code droppable} accepts (state that
     * says nothing any more, e.g. an emptied ledger); they count as expired. Visits only that stale prefix of the
     * table. Returns the number dropped.
     */
    public int dropStale(Instant seenBefore, Predicate<? super V> droppable) {
        requireNonNull(seenBefore, "seenBefore is null");
        requireNonNull(droppable, "droppable is null");
        int dropped = 0;
        Iterator<Slot<V>> iterator = slots.values().iterator();
        while (iterator.hasNext()) {
            Slot<V> slot = iterator.next();
            if (slot.lastSeen == null || !slot.lastSeen.isBefore(seenBefore)) {
                break;
            }
            if (droppable.test(slot.value)) {
                iterator.remove();
                expired++;
                dropped++;
            }
        }
        return dropped;
    }

    /** Replaces the state of {@code key} and marks it seen, as {@link #touch} does. */
    public void put(K key, Instant time, V value) {
        requireNonNull(value, "value is null");
        touch(key, time, ignored -> value);
        slots.get(key).value = value;
    }

    /** The state of {@code key}, or null; does not mark it seen. */
    public V peek(K key) {
        Slot<V> slot = slots.get(key);
        return slot == null ? null : slot.value;
    }

    /** Forgets {@code key}; returns its state, or null. */
    public V remove(K key) {
        Slot<V> slot = slots.remove(key);
        return slot == null ? null : slot.value;
    }

    /** The number of entities held. */
    public int size() {
        return slots.size();
    }

    /** Forgets every entity and the counts. */
    public void clear() {
        slots.clear();
        latest = null;
        expired = 0;
        evicted = 0;
    }

    /** Visits every entry, least recently seen first (the order a checkpoint keeps). */
    public void forEach(EntryVisitor<? super K, ? super V> visitor) {
        requireNonNull(visitor, "visitor is null");
        for (Map.Entry<K, Slot<V>> entry : slots.entrySet()) {
            visitor.visit(entry.getKey(), entry.getValue().value, entry.getValue().lastSeen);
        }
    }

    /** Fullness and forgetting counts. */
    public EntityTableUsage usage() {
        return new EntityTableUsage(name, slots.size(), limits.maxEntities(), expired, evicted);
    }

    /** Writes the table's clock and counts into {@code node} (entries are written by the owner). */
    public void writeState(ObjectNode node) {
        node.put(LATEST, latest == null ? null : latest.toString());
        node.put(EXPIRED, expired);
        node.put(EVICTED, evicted);
    }

    /** Adds {@code last_seen} to a checkpoint entry. */
    public static void writeLastSeen(ObjectNode entry, Instant lastSeen) {
        entry.put(LAST_SEEN, lastSeen == null ? null : lastSeen.toString());
    }

    /**
     * Rebuilds a table from its state: {@code node} as written by {@link #writeState}, then each entry in checkpoint
     * order through {@link Restorer#add}. States written before tables existed (no clock, no {@code last_seen}) are
     * accepted: their entries count as seen at the first event after the restore.
     */
    public Restorer<K, V> restorer(JsonNode node) {
        EntityTable<K, V> table = new EntityTable<>(name, limits);
        table.latest = StateJson.optionalInstant(node, LATEST);
        table.expired = node.has(EXPIRED) ? StateJson.count(node, EXPIRED) : 0;
        table.evicted = node.has(EVICTED) ? StateJson.count(node, EVICTED) : 0;
        return new Restorer<>(this, table);
    }

    private void stampUnknown(Instant time) {
        for (Slot<V> slot : slots.values()) {
            if (slot.lastSeen == null) {
                slot.lastSeen = time;
            }
        }
    }

    /** Receives checkpoint entries in order, validating them, and replaces the table's content when done. */
    public static final class Restorer<K, V> {
        private final EntityTable<K, V> target;
        private final EntityTable<K, V> restored;
        private Instant previous;

        private Restorer(EntityTable<K, V> target, EntityTable<K, V> restored) {
            this.target = target;
            this.restored = restored;
        }

        /** Adds the next entry; {@code entry} is the checkpoint object holding its {@code last_seen}, if any. */
        public void add(K key, V value, JsonNode entry) {
            requireNonNull(key, "key is null");
            requireNonNull(value, "value is null");
            Instant lastSeen = StateJson.optionalInstant(entry, LAST_SEEN);
            String table = restored.name;
            if (restored.slots.size() >= restored.limits.maxEntities()) {
                throw new InvalidStateException(table + ": more than " + restored.limits.maxEntities() + " entities");
            }
            if ((lastSeen == null) != (restored.latest == null)) {
                throw new InvalidStateException(
                        table + ": " + key + " needs a last_seen exactly when the table has a latest time");
            }
            if (lastSeen != null && previous != null && lastSeen.isBefore(previous)) {
                throw new InvalidStateException(table + ": entries are not in last_seen order at " + key);
            }
            if (lastSeen != null && lastSeen.isAfter(restored.latest)) {
                throw new InvalidStateException(table + ": last_seen of " + key + " is after the table's latest time");
            }
            if (restored.slots.putIfAbsent(key, new Slot<>(value, lastSeen)) != null) {
                throw new InvalidStateException(table + ": " + key + " appears twice");
            }
            previous = lastSeen;
        }

        /** Replaces the target table's content with the entries added. */
        public void finish() {
            target.slots.clear();
            target.slots.putAll(restored.slots);
            target.latest = restored.latest;
            target.expired = restored.expired;
            target.evicted = restored.evicted;
        }
    }

    /** A visitor of entries. */
    @FunctionalInterface
    public interface EntryVisitor<K, V> {
        void visit(K key, V value, Instant lastSeen);
    }

    private static final class Slot<V> {
        private V value;
        private Instant lastSeen;

        private Slot(V value, Instant lastSeen) {
            this.value = value;
            this.lastSeen = lastSeen;
        }
    }
}
