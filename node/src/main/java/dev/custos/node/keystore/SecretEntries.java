package dev.custos.node.keystore;

import static java.util.Objects.requireNonNull;

import dev.custos.types.SecretBytes;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The entries of a {@link SecretStore} in memory, with the copy-in, copy-out and destroy rules of that interface. A
 * change is prepared as a new map ({@link #with}, {@link #without}) and only installed ({@link #install}) once the
 * caller has made it durable; the values it replaces are then destroyed. Not thread-safe: stores synchronize.
 */
final class SecretEntries {
    /** The name rule of {@link SecretStore}. */
    static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._/-]{0,127}");

    private SortedMap<String, SecretBytes> entries;

    SecretEntries(SortedMap<String, SecretBytes> entries) {
        this.entries = requireNonNull(entries, "entries is null");
    }

    Optional<SecretBytes> get(String name) {
        SecretBytes value = entries.get(SecretStore.requireValidName(name));
        return value == null ? Optional.empty() : Optional.of(copy(value));
    }

    boolean contains(String name) {
        return entries.containsKey(SecretStore.requireValidName(name));
    }

    SortedSet<String> names() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(entries.keySet()));
    }

    /** The current entries (values shared, not copied) plus copies of {@code additions}. */
    SortedMap<String, SecretBytes> with(Map<String, SecretBytes> additions) {
        requireNonNull(additions, "entries is null");
        SortedMap<String, SecretBytes> next = new TreeMap<>(entries);
        for (Map.Entry<String, SecretBytes> entry : additions.entrySet()) {
            String name = SecretStore.requireValidName(entry.getKey());
            next.put(name, copy(requireNonNull(entry.getValue(), "the value of '" + name + "' is null")));
        }
        return next;
    }

    /** The current entries (values shared) without {@code name}. */
    SortedMap<String, SecretBytes> without(String name) {
        SortedMap<String, SecretBytes> next = new TreeMap<>(entries);
        next.remove(SecretStore.requireValidName(name));
        return next;
    }

    /** The current entries (values shared) plus copies of {@code additions} and without {@code removals}. */
    SortedMap<String, SecretBytes> changed(Map<String, SecretBytes> additions, Set<String> removals) {
        requireNonNull(removals, "removals is null");
        for (String name : removals) {
            if (requireNonNull(additions, "entries is null").containsKey(SecretStore.requireValidName(name))) {
                throw new IllegalArgumentException("'" + name + "' is both stored and removed in one change");
            }
        }
        SortedMap<String, SecretBytes> next = with(additions);
        next.keySet().removeAll(removals);
        return next;
    }

    /** Makes {@code next} current and destroys the values it no longer holds. */
    void install(SortedMap<String, SecretBytes> next) {
        Set<SecretBytes> kept = instances(next);
        for (SecretBytes old : entries.values()) {
            if (!kept.contains(old)) {
                old.destroy();
            }
        }
        entries = next;
    }

    /** Destroys the values of a prepared map that were never installed (the copies {@link #with} made). */
    void discard(SortedMap<String, SecretBytes> next) {
        Set<SecretBytes> current = instances(entries);
        for (SecretBytes value : next.values()) {
            if (!current.contains(value)) {
                value.destroy();
            }
        }
    }

    /** Destroys every value. */
    void destroyAll() {
        entries.values().forEach(SecretBytes::destroy);
        entries = new TreeMap<>();
    }

    SortedMap<String, SecretBytes> current() {
        return entries;
    }

    private static Set<SecretBytes> instances(Map<String, SecretBytes> map) {
        Set<SecretBytes> instances = Collections.newSetFromMap(new IdentityHashMap<>());
        instances.addAll(map.values());
        return instances;
    }

    private static SecretBytes copy(SecretBytes value) {
        byte[] bytes = value.copy();
        try {
            return SecretBytes.copyOf(bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
