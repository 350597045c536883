package dev.custos.chain.simulation;

import java.math.BigInteger;
import java.util.Objects;

/**
 * A change the simulated transaction makes to the wallet's own storage.
 *
 * @param slot the slot
 * @param value the value it would hold afterwards
 * @param meaning what the slot holds for a Safe
 */
public record WalletStorageChange(BigInteger slot, BigInteger value, SafeSlot meaning) {
    public WalletStorageChange {
        Objects.requireNonNull(slot, "slot is null");
        Objects.requireNonNull(value, "value is null");
        Objects.requireNonNull(meaning, "meaning is null");
    }
}
