package dev.custos.watch.decode;

import dev.custos.chain.ethereum.Address;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;

/**
 * Value leaving a monitored wallet: an ERC-20 transfer from it, or ether sent by its transaction.
 *
 * @param contract the token contract; the wallet itself for ether
 * @param wallet the wallet the value left
 * @param to the recipient
 * @param token the token contract; empty for ether
 * @param amount the amount in the asset's smallest unit (wei for ether)
 */
public record Outflow(Address contract, Address wallet, Address to, Optional<Address> token, BigInteger amount)
        implements Observation {
    public Outflow {
        Objects.requireNonNull(contract, "contract is null");
        Objects.requireNonNull(wallet, "wallet is null");
        Objects.requireNonNull(to, "to is null");
        Objects.requireNonNull(token, "token is null");
        Objects.requireNonNull(amount, "amount is null");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount is negative: " + amount);
        }
    }
}
