package dev.custos.chain.intent;

import dev.custos.chain.DecodingException;
import dev.custos.chain.Hex;
import dev.custos.chain.abi.AbiArgument;
import dev.custos.chain.abi.AbiValue;
import dev.custos.chain.abi.FunctionCall;
import dev.custos.chain.abi.FunctionRegistry;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.safe.MultiSendDecoder;
import dev.custos.chain.safe.MultiSendTransaction;
import dev.custos.chain.safe.Operation;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decodes one call and, recursively, the calls it carries ({@code multiSend} batches, {@code execTransaction} and
 * module executions) up to {@value #MAX_NESTING} levels. Inner calldata is always a strict sub-range of its parent's,
 * so the total work is bounded by the input size times the nesting limit. Calldata that does not decode is reported on
 * the call ({@code decodeError} and {@code unknown_calldata}), never thrown.
 */
final class CallAnalyzer {
    static final int MAX_NESTING = 8;

    private final FunctionRegistry registry;
    private final AddressBook addressBook;
    private final Optional<Address> self;

    /** {@code self} is the executing account (the Safe), which counts as a known target. */
    CallAnalyzer(FunctionRegistry registry, AddressBook addressBook, Optional<Address> self) {
        this.registry = registry;
        this.addressBook = addressBook;
        this.self = self;
    }

    DecodedCall analyze(Optional<Address> target, BigInteger value, Operation operation, byte[] data) {
        return analyze(target, value, operation, data, 0);
    }

    private DecodedCall analyze(
            Optional<Address> target, BigInteger value, Operation operation, byte[] data, int depth) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (operation == Operation.DELEGATECALL) {
            flags.add(Flag.DELEGATECALL);
        }
        if (value.signum() > 0) {
            flags.add(Flag.NATIVE_TRANSFER);
        }
        Optional<String> label = target.flatMap(this::label);
        if (label.isEmpty()) {
            flags.add(Flag.UNKNOWN_TARGET);
        }
        Optional<FunctionCall> function = Optional.empty();
        Optional<String> innerArgument = Optional.empty();
        List<DecodedCall> inner = List.of();
        Optional<String> error = Optional.empty();
        if (data.length > 0 && target.isEmpty()) {
            flags.add(Flag.UNKNOWN_CALLDATA);
            error = Optional.of("contract creation: " + data.length + " bytes of init code are not decoded");
        } else if (data.length > 0) {
            try {
                function = registry.decode(data);
                if (function.isEmpty()) {
                    flags.add(Flag.UNKNOWN_CALLDATA);
                    error = Optional.of(unknownSelector(data));
                }
            } catch (DecodingException e) {
                flags.add(Flag.UNKNOWN_CALLDATA);
                error = Optional.of(e.getMessage());
            }
        }
        if (function.isPresent()) {
            FunctionCall call = function.get();
            FlagRules.apply(call, flags);
            try {
                switch (call.function().category()) {
                    case MULTI_SEND -> {
                        if (depth > 0) {
                            flags.add(Flag.NESTED_MULTISEND);
                        }
                        innerArgument = Optional.of("transactions");
                        inner = batch(bytes(call, "transactions"), depth);
                    }
                    case SAFE_EXECUTION, MODULE_EXECUTION -> {
                        innerArgument = Optional.of("data");
                        inner = List.of(single(call, depth));
                    }
                    default -> {
                        // no inner calls
                    }
                }
            } catch (DecodingException e) {
                flags.add(Flag.UNKNOWN_CALLDATA);
                innerArgument = Optional.empty();
                inner = List.of();
                error = Optional.of(e.getMessage());
            }
        }
        return new DecodedCall(target, label, value, operation, data, function, innerArgument, inner, flags, error);
    }

    private List<DecodedCall> batch(byte[] packed, int depth) throws DecodingException {
        checkDepth(depth);
        List<DecodedCall> calls = new ArrayList<>();
        for (MultiSendTransaction transaction : MultiSendDecoder.decode(packed)) {
            calls.add(analyze(
                    Optional.of(transaction.to()),
                    transaction.value(),
                    transaction.operation(),
                    transaction.data(),
                    depth + 1));
        }
        return calls;
    }

    private DecodedCall single(FunctionCall call, int depth) throws DecodingException {
        checkDepth(depth);
        Address to = ((AbiValue.AddressValue) argument(call, "to")).address();
        BigInteger value = ((AbiValue.NumberValue) argument(call, "value")).value();
        BigInteger code = ((AbiValue.NumberValue) argument(call, "operation")).value();
        Operation operation = Operation.fromCode(code.longValue());
        return analyze(Optional.of(to), value, operation, bytes(call, "data"), depth + 1);
    }

    private static void checkDepth(int depth) throws DecodingException {
        if (depth + 1 >= MAX_NESTING) {
            throw new DecodingException("calls nested deeper than " + MAX_NESTING + " levels are not decoded");
        }
    }

    private static byte[] bytes(FunctionCall call, String name) {
        return ((AbiValue.BytesValue) argument(call, name)).bytes();
    }

    private static AbiValue argument(FunctionCall call, String name) {
        return call.argument(name)
                .map(AbiArgument::value)
                .orElseThrow(() -> new IllegalStateException(
                        call.function().name() + " has no argument '" + name + "' in the function table"));
    }

    private Optional<String> label(Address address) {
        if (self.isPresent() && self.get().equals(address)) {
            return Optional.of("this Safe");
        }
        return addressBook.lookup(address).map(AddressBookEntry::label);
    }

    private static String unknownSelector(byte[] data) {
        if (data.length < FunctionRegistry.SELECTOR_LENGTH) {
            return data.length + " bytes of calldata, shorter than a function selector";
        }
        return "unknown function selector " + Hex.encode(Arrays.copyOf(data, FunctionRegistry.SELECTOR_LENGTH)) + " ("
                + data.length + " bytes of calldata)";
    }
}
