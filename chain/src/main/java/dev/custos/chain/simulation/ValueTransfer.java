package dev.custos.chain.simulation;

import dev.custos.chain.ethereum.Address;
import java.math.BigInteger;
import java.util.Objects;

/**
 * Native coin moved by a traced call: the transaction's own value or a CALL with value inside it, in frames that do
 * not revert.
 *
 * @param from the account that pays
 * @param to the account that receives
 * @param wei the amount, positive
 */
public record ValueTransfer(Address from, Address to, BigInteger wei) {
    public ValueTransfer {
        Objects.requireNonNull(from, "from is null");
        Objects.requireNonNull(to, "to is null");
        Objects.requireNonNull(wei, "wei is null");
        if (wei.signum() <= 0) {
            throw new IllegalArgumentException("a value transfer moves a positive amount, got " + wei);
        }
    }
}
