package dev.custos.detect.intel;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Screening lists: sanctioned and known-malicious addresses. Immutable once built; a sanctioned listing wins over a
 * malicious one for the same address.
 */
public final class AddressIntel {
    /** No listed addresses. */
    public static final AddressIntel EMPTY = new AddressIntel(Map.of(), Map.of());

    private final Map<String, IntelEntry> entries;
    private final SortedMap<String, Integer> countsBySource;

    private AddressIntel(Map<String, IntelEntry> entries, Map<String, Integer> countsBySource) {
        this.entries = Map.copyOf(entries);
        this.countsBySource = Collections.unmodifiableSortedMap(new TreeMap<>(countsBySource));
    }

    /** The listing of an address, if any (any case for EVM addresses). */
    public Optional<IntelEntry> lookup(String address) {
        return Addresses.normalize(address).map(entries::get);
    }

    /** The number of distinct listed addresses. */
    public int size() {
        return entries.size();
    }

    /** How many entries each feed contributed. */
    public SortedMap<String, Integer> countsBySource() {
        return countsBySource;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects entries from any number of feeds. */
    public static final class Builder {
        private final Map<String, IntelEntry> entries = new HashMap<>();
        private final Map<String, Integer> counts = new HashMap<>();

        private Builder() {}

        /** Adds an entry; a sanctioned listing replaces a malicious one, otherwise the first listing is kept. */
        public Builder add(IntelEntry entry) {
            requireNonNull(entry, "entry is null");
            IntelEntry previous = entries.get(entry.address());
            if (previous == null
                    || (previous.category() == IntelCategory.MALICIOUS
                            && entry.category() == IntelCategory.SANCTIONED)) {
                entries.put(entry.address(), entry);
            }
            counts.merge(entry.source(), 1, Integer::sum);
            return this;
        }

        /** Adds every entry of another list. */
        public Builder addAll(AddressIntel other) {
            requireNonNull(other, "other is null");
            other.entries.values().stream()
                    .sorted(java.util.Comparator.comparing(IntelEntry::address))
                    .forEach(this::add);
            return this;
        }

        public AddressIntel build() {
            return new AddressIntel(entries, counts);
        }
    }
}
