package dev.custos.chain.intent;

import dev.custos.chain.Hex;
import dev.custos.chain.abi.AbiArgument;
import dev.custos.chain.abi.AbiValue;
import dev.custos.chain.safe.Operation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;

/** Writes the plain-language one-line summary of a call. Addresses are printed in full: truncation aids spoofing. */
final class SummaryWriter {
    private static final int MAX_LISTED_CALLS = 5;
    private static final int MAX_VALUE_TEXT = 80;

    private final BigInteger chainId;

    SummaryWriter(BigInteger chainId) {
        this.chainId = chainId;
    }

    String describe(DecodedCall call) {
        String target = describeTarget(call);
        String text;
        if (call.target().isEmpty()) {
            text = "deploy a new contract (" + call.data().length + " bytes of init code)";
            return withValue(text, call.value());
        }
        if (call.data().length == 0) {
            text = call.value().signum() > 0
                    ? "send " + amount(call.value()) + " to " + target
                    : "call " + target + " with no calldata and no value";
            return prefix(call.operation()) + text;
        }
        if (call.function().isEmpty()) {
            text = "call " + target + " with undecoded calldata ("
                    + call.decodeError().orElse("unknown") + ")";
            return prefix(call.operation()) + withValue(text, call.value());
        }
        String function = call.function().get().function().name();
        if (!call.innerCalls().isEmpty() && call.innerCallsArgument().orElse("").equals("transactions")) {
            text = function + " on " + target + ": batch of "
                    + call.innerCalls().size() + " calls [" + listed(call.innerCalls()) + "]";
        } else if (!call.innerCalls().isEmpty()) {
            text = function + " on " + target + ", which will "
                    + describe(call.innerCalls().get(0));
        } else {
            text = function + "(" + arguments(call.function().get().arguments()) + ") on " + target;
        }
        return prefix(call.operation()) + withValue(text, call.value());
    }

    private String listed(List<DecodedCall> calls) {
        String names = calls.stream()
                .limit(MAX_LISTED_CALLS)
                .map(inner -> (inner.operation() == Operation.DELEGATECALL ? "DELEGATECALL " : "")
                        + inner.function()
                                .map(function -> function.function().name())
                                .orElse(inner.data().length == 0 ? "transfer of " + amount(inner.value()) : "unknown"))
                .collect(Collectors.joining("; "));
        return calls.size() > MAX_LISTED_CALLS ? names + "; …" : names;
    }

    private static String prefix(Operation operation) {
        return operation == Operation.DELEGATECALL
                ? "DELEGATECALL (runs the target's code with the caller's storage and funds): "
                : "";
    }

    private static String describeTarget(DecodedCall call) {
        String address = call.target().map(Object::toString).orElse("(new contract)");
        return call.targetLabel().map(label -> label + " (" + address + ")").orElse("unknown address " + address);
    }

    private String withValue(String text, BigInteger value) {
        return value.signum() > 0 ? text + ", sending " + amount(value) : text;
    }

    String amount(BigInteger wei) {
        String coins =
                new BigDecimal(wei).movePointLeft(18).stripTrailingZeros().toPlainString();
        return chainId.equals(BigInteger.ONE) ? coins + " ETH" : coins + " native coin (" + wei + " wei)";
    }

    private static String arguments(List<AbiArgument> arguments) {
        return arguments.stream()
                .map(argument -> (argument.name().isEmpty() ? "" : argument.name() + "=") + value(argument.value()))
                .collect(Collectors.joining(", "));
    }

    private static String value(AbiValue value) {
        String text = switch (value) {
            case AbiValue.NumberValue number -> number.value().toString();
            case AbiValue.AddressValue address -> address.address().toString();
            case AbiValue.BoolValue bool -> Boolean.toString(bool.value());
            case AbiValue.BytesValue bytes ->
                bytes.bytes().length <= 32 ? Hex.encode(bytes.bytes()) : "<" + bytes.bytes().length + " bytes>";
            case AbiValue.StringValue string -> "\"" + string.value() + "\"";
            case AbiValue.ArrayValue array -> "[" + array.elements().size() + " items]";
            case AbiValue.TupleValue tuple -> "(" + arguments(tuple.components()) + ")";
        };
        return text.length() <= MAX_VALUE_TEXT ? text : text.substring(0, MAX_VALUE_TEXT - 1) + "…";
    }
}
