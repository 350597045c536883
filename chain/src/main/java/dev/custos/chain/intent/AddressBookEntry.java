package dev.custos.chain.intent;

import dev.custos.chain.ethereum.Address;
import java.util.Objects;

/** A known address: a label people recognise and its kind. */
public record AddressBookEntry(Address address, String label, AddressKind kind) {
    public AddressBookEntry {
        Objects.requireNonNull(address, "address is null");
        Objects.requireNonNull(label, "label is null");
        Objects.requireNonNull(kind, "kind is null");
        if (label.isBlank()) {
            throw new IllegalArgumentException("label is blank");
        }
    }
}
