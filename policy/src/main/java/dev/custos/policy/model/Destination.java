package dev.custos.policy.model;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * An allowlisted destination address. It becomes active once the policy's cool-down has passed since {@code addedAt}.
 *
 * @param address lower-case address as the chain writes it (for Ethereum {@code 0x} and 40 hex digits)
 * @param label plain-language name
 * @param addedAt when the entry was added
 */
public record Destination(String address, String label, Instant addedAt) {
    public Destination {
        Objects.requireNonNull(address, "address is null");
        Objects.requireNonNull(label, "label is null");
        Objects.requireNonNull(addedAt, "addedAt is null");
        address = address.strip().toLowerCase(Locale.ROOT);
        if (address.isEmpty()) {
            throw new IllegalArgumentException("destination address is empty");
        }
    }
}
