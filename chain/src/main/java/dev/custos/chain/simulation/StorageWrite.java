package dev.custos.chain.simulation;

import dev.custos.chain.ethereum.Address;
import java.math.BigInteger;
import java.util.Objects;

/**
 * A storage write that persists at the end of a traced call: the account whose storage it changes (the caller's own
 * storage under DELEGATECALL and CALLCODE), the slot and the value written last.
 *
 * @param account the account whose storage changes
 * @param slot the slot, a uint256
 * @param value the value, a uint256
 */
public record StorageWrite(Address account, BigInteger slot, BigInteger value) {
    public StorageWrite {
        Objects.requireNonNull(account, "account is null");
        Objects.requireNonNull(slot, "slot is null");
        Objects.requireNonNull(value, "value is null");
    }
}
