package dev.custos.chain.safe;

import dev.custos.chain.Hex;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.Hash32;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Safe transaction: the fields the owners sign (EIP-712 {@code SafeTx}) plus the Safe's address, the hash the input
 * claims, and the confirmations collected so far.
 */
public record SafeTransaction(
        Address safe,
        Address to,
        BigInteger value,
        byte[] data,
        Operation operation,
        BigInteger safeTxGas,
        BigInteger baseGas,
        BigInteger gasPrice,
        Address gasToken,
        Address refundReceiver,
        BigInteger nonce,
        Optional<Hash32> claimedSafeTxHash,
        List<SafeConfirmation> confirmations) {

    public SafeTransaction {
        Objects.requireNonNull(safe, "safe is null");
        Objects.requireNonNull(to, "to is null");
        Objects.requireNonNull(operation, "operation is null");
        Objects.requireNonNull(gasToken, "gasToken is null");
        Objects.requireNonNull(refundReceiver, "refundReceiver is null");
        Objects.requireNonNull(claimedSafeTxHash, "claimedSafeTxHash is null");
        data = Objects.requireNonNull(data, "data is null").clone();
        confirmations = List.copyOf(Objects.requireNonNull(confirmations, "confirmations is null"));
        requireUint(value, "value");
        requireUint(safeTxGas, "safeTxGas");
        requireUint(baseGas, "baseGas");
        requireUint(gasPrice, "gasPrice");
        requireUint(nonce, "nonce");
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SafeTransaction that
                && safe.equals(that.safe)
                && to.equals(that.to)
                && value.equals(that.value)
                && Arrays.equals(data, that.data)
                && operation == that.operation
                && safeTxGas.equals(that.safeTxGas)
                && baseGas.equals(that.baseGas)
                && gasPrice.equals(that.gasPrice)
                && gasToken.equals(that.gasToken)
                && refundReceiver.equals(that.refundReceiver)
                && nonce.equals(that.nonce)
                && claimedSafeTxHash.equals(that.claimedSafeTxHash)
                && confirmations.equals(that.confirmations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(safe, to, value, Arrays.hashCode(data), operation, nonce);
    }

    @Override
    public String toString() {
        return "SafeTransaction[safe=" + safe + ", to=" + to + ", value=" + value + ", data=" + Hex.encode(data)
                + ", operation=" + operation + ", safeTxGas=" + safeTxGas + ", baseGas=" + baseGas + ", gasPrice="
                + gasPrice + ", gasToken=" + gasToken + ", refundReceiver=" + refundReceiver + ", nonce=" + nonce
                + ", claimedSafeTxHash=" + claimedSafeTxHash + ", confirmations=" + confirmations + "]";
    }

    private static void requireUint(BigInteger number, String name) {
        Objects.requireNonNull(number, name + " is null");
        if (number.signum() < 0 || number.bitLength() > 256) {
            throw new IllegalArgumentException(name + " is not a uint256: " + number);
        }
    }
}
