package dev.custos.node.keystore;

import static java.util.Objects.requireNonNull;

import dev.custos.types.SecretBytes;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;

/** {@link SecretStore#inMemory()}: the entries in memory only, nothing written anywhere. */
final class InMemorySecretStore implements SecretStore {
    private final SecretEntries entries = new SecretEntries(new TreeMap<>());

    @Override
    public synchronized Optional<SecretBytes> get(String name) {
        return entries.get(name);
    }

    @Override
    public synchronized boolean contains(String name) {
        return entries.contains(name);
    }

    @Override
    public synchronized SortedSet<String> names() {
        return entries.names();
    }

    @Override
    public synchronized void put(String name, SecretBytes value) {
        putAll(Map.of(SecretStore.requireValidName(name), requireNonNull(value, "value is null")));
    }

    @Override
    public synchronized void putAll(Map<String, SecretBytes> additions) {
        entries.install(entries.with(additions));
    }

    @Override
    public synchronized void change(Map<String, SecretBytes> additions, Set<String> removals) {
        entries.install(entries.changed(additions, removals));
    }

    @Override
    public synchronized boolean remove(String name) {
        boolean present = entries.contains(name);
        entries.install(entries.without(name));
        return present;
    }

    @Override
    public String toString() {
        return "InMemorySecretStore[<redacted>]";
    }
}
