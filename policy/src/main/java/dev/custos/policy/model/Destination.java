package dev.custos.policy.model;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * An allowlisted destination address. It becomes active once the policy's cool-down has passed since {@code addedAt}.
 *
 * @param address the address as the chain writes it: Ethereum {@code 0x} addresses and bech32 Bitcoin addresses in
 *     lower case, base58 Bitcoin addresses as given (base58 is case-sensitive)
 * @param label plain-language name
 * @param addedAt when the entry was added
 */
public record Destination(String address, String label, Instant addedAt) {
    public Destination {
        Objects.requireNonNull(address, "address is null");
        Objects.requireNonNull(label, "label is null");
        Objects.requireNonNull(addedAt, "addedAt is null");
        address = canonical(address);
        if (address.isEmpty()) {
            throw new IllegalArgumentException("destination address is empty");
        }
    }

    /** Lower case for hex and bech32 addresses, which are case-insensitive; base58 addresses are kept as they are. */
    public static String canonical(String address) {
        String stripped = address.strip();
        String lower = stripped.toLowerCase(Locale.ROOT);
        if (lower.startsWith("0x") || lower.startsWith("bc1") || lower.startsWith("tb1") || lower.startsWith("bcrt1")) {
            return lower;
        }
        return stripped;
    }
}
