package dev.custos.chain.intent;

import dev.custos.chain.Hex;
import dev.custos.chain.abi.FunctionCall;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.safe.Operation;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One decoded call, possibly carrying inner calls (the batch of a {@code multiSend}, the call inside
 * {@code execTransaction} or a module execution).
 *
 * @param target the called address; empty for contract creation
 * @param targetLabel the address book label of the target, if known
 * @param value wei sent with the call
 * @param operation call or delegatecall
 * @param data the calldata
 * @param function the decoded function and arguments, when the selector is known and the arguments decode
 * @param innerCallsArgument the name of the argument whose bytes hold {@link #innerCalls}
 * @param innerCalls calls this call makes on the caller's behalf
 * @param flags the flags raised by this call itself (not by its inner calls)
 * @param decodeError why the calldata or its inner calls could not be decoded
 */
public record DecodedCall(
        Optional<Address> target,
        Optional<String> targetLabel,
        BigInteger value,
        Operation operation,
        byte[] data,
        Optional<FunctionCall> function,
        Optional<String> innerCallsArgument,
        List<DecodedCall> innerCalls,
        Set<Flag> flags,
        Optional<String> decodeError) {

    public DecodedCall {
        Objects.requireNonNull(target, "target is null");
        Objects.requireNonNull(targetLabel, "targetLabel is null");
        Objects.requireNonNull(value, "value is null");
        Objects.requireNonNull(operation, "operation is null");
        Objects.requireNonNull(function, "function is null");
        Objects.requireNonNull(innerCallsArgument, "innerCallsArgument is null");
        Objects.requireNonNull(decodeError, "decodeError is null");
        data = Objects.requireNonNull(data, "data is null").clone();
        innerCalls = List.copyOf(Objects.requireNonNull(innerCalls, "innerCalls is null"));
        Objects.requireNonNull(flags, "flags is null");
        flags = Collections.unmodifiableSet(flags.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(flags));
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** The flags of this call and of all its inner calls. */
    public Set<Flag> allFlags() {
        EnumSet<Flag> all = flags.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(flags);
        for (DecodedCall inner : innerCalls) {
            all.addAll(inner.allFlags());
        }
        return all;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DecodedCall that
                && target.equals(that.target)
                && targetLabel.equals(that.targetLabel)
                && value.equals(that.value)
                && operation == that.operation
                && Arrays.equals(data, that.data)
                && function.equals(that.function)
                && innerCallsArgument.equals(that.innerCallsArgument)
                && innerCalls.equals(that.innerCalls)
                && flags.equals(that.flags)
                && decodeError.equals(that.decodeError);
    }

    @Override
    public int hashCode() {
        return Objects.hash(target, value, operation, Arrays.hashCode(data), function, innerCalls, flags);
    }

    @Override
    public String toString() {
        return "DecodedCall[target=" + target + ", value=" + value + ", operation=" + operation + ", data="
                + Hex.encode(data) + ", function=" + function + ", innerCalls=" + innerCalls + ", flags=" + flags
                + ", decodeError=" + decodeError + "]";
    }
}
