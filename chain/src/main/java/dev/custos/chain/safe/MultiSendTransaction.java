package dev.custos.chain.safe;

import dev.custos.chain.Hex;
import dev.custos.chain.ethereum.Address;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;

/** One call in a {@code multiSend} batch. */
public record MultiSendTransaction(Operation operation, Address to, BigInteger value, byte[] data) {
    public MultiSendTransaction {
        Objects.requireNonNull(operation, "operation is null");
        Objects.requireNonNull(to, "to is null");
        Objects.requireNonNull(value, "value is null");
        data = Objects.requireNonNull(data, "data is null").clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MultiSendTransaction that
                && operation == that.operation
                && to.equals(that.to)
                && value.equals(that.value)
                && Arrays.equals(data, that.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(operation, to, value, Arrays.hashCode(data));
    }

    @Override
    public String toString() {
        return "MultiSendTransaction[operation=" + operation + ", to=" + to + ", value=" + value + ", data="
                + Hex.encode(data) + "]";
    }
}
