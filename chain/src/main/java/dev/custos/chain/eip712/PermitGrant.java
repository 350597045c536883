package dev.custos.chain.eip712;

import dev.custos.chain.ethereum.Address;
import java.math.BigInteger;
import java.util.Objects;

/**
 * One allowance or transfer permission a permit signature grants.
 *
 * @param token the token contract
 * @param spender who may spend
 * @param amount the amount, in the token's smallest unit
 * @param deadline the signature deadline or allowance expiration, in Unix seconds (0 for none where the standard says so)
 * @param unlimited whether the amount is at least half the range of its type
 */
public record PermitGrant(Address token, Address spender, BigInteger amount, BigInteger deadline, boolean unlimited) {
    public PermitGrant {
        Objects.requireNonNull(token, "token is null");
        Objects.requireNonNull(spender, "spender is null");
        Objects.requireNonNull(amount, "amount is null");
        Objects.requireNonNull(deadline, "deadline is null");
        if (amount.signum() < 0 || deadline.signum() < 0) {
            throw new IllegalArgumentException("amount and deadline must not be negative");
        }
    }
}
