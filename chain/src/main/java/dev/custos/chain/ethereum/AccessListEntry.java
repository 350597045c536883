package dev.custos.chain.ethereum;

import java.util.List;
import java.util.Objects;

/** One EIP-2930 access list entry: an address and the storage keys the transaction declares it will touch. */
public record AccessListEntry(Address address, List<Hash32> storageKeys) {
    public AccessListEntry {
        Objects.requireNonNull(address, "address is null");
        storageKeys = List.copyOf(Objects.requireNonNull(storageKeys, "storageKeys is null"));
    }
}
