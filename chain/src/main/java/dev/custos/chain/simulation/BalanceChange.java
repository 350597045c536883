package dev.custos.chain.simulation;

import dev.custos.chain.ethereum.Address;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;

/**
 * The net change of one holder's balance of one asset in a simulation.
 *
 * @param token the ERC-20 token contract; empty for the chain's native coin
 * @param holder the account
 * @param delta the net change in the asset's smallest unit; negative is an outflow; never zero
 */
public record BalanceChange(Optional<Address> token, Address holder, BigInteger delta) {
    public BalanceChange {
        Objects.requireNonNull(token, "token is null");
        Objects.requireNonNull(holder, "holder is null");
        Objects.requireNonNull(delta, "delta is null");
        if (delta.signum() == 0) {
            throw new IllegalArgumentException("a balance change is not zero");
        }
    }
}
