package dev.custos.chain.intent;

import dev.custos.chain.abi.AbiArgument;
import dev.custos.chain.abi.AbiType;
import dev.custos.chain.abi.AbiValue;
import dev.custos.chain.abi.FunctionCall;
import java.math.BigInteger;
import java.util.Set;

/**
 * Maps a decoded function call to the flags its function and arguments raise. An approval counts as unlimited when the
 * amount is at least half the range of its type: 2^255 for uint256 (catches {@code type(uint256).max} and near-max
 * values) and 2^159 for Permit2's uint160 amounts.
 */
final class FlagRules {
    private FlagRules() {}

    static void apply(FunctionCall call, Set<Flag> flags) {
        switch (call.function().category()) {
            case TOKEN_TRANSFER -> flags.add(Flag.TOKEN_TRANSFER);
            case TOKEN_APPROVAL, ALLOWANCE_INCREASE, PERMIT2_APPROVAL ->
                unlimited(call.arguments().get(1), flags);
            case PERMIT -> {
                flags.add(Flag.PERMIT);
                call.argument("value").ifPresent(value -> unlimited(value, flags));
            }
            case PERMIT2_PERMIT -> {
                flags.add(Flag.PERMIT);
                call.arguments().forEach(argument -> unlimitedAmounts(argument, flags));
            }
            case PERMIT2_TRANSFER -> {
                flags.add(Flag.PERMIT);
                flags.add(Flag.TOKEN_TRANSFER);
            }
            case OPERATOR_APPROVAL -> {
                if (call.argument("approved").map(AbiArgument::value).orElse(null)
                                instanceof AbiValue.BoolValue(boolean approved)
                        && approved) {
                    flags.add(Flag.APPROVAL_FOR_ALL);
                }
            }
            case OWNERSHIP_TRANSFER -> flags.add(Flag.OWNERSHIP_TRANSFER);
            case ROLE_GRANT -> flags.add(Flag.ROLE_GRANT);
            case UPGRADE -> flags.add(Flag.IMPLEMENTATION_CHANGE);
            case OWNER_AND_THRESHOLD_CHANGE -> {
                flags.add(Flag.OWNER_CHANGE);
                flags.add(Flag.THRESHOLD_CHANGE);
            }
            case OWNER_CHANGE -> flags.add(Flag.OWNER_CHANGE);
            case THRESHOLD_CHANGE -> flags.add(Flag.THRESHOLD_CHANGE);
            case MODULE_CHANGE -> flags.add(Flag.MODULE_CHANGE);
            case GUARD_CHANGE -> flags.add(Flag.GUARD_CHANGE);
            case FALLBACK_HANDLER_CHANGE -> flags.add(Flag.FALLBACK_HANDLER_CHANGE);
            case ALLOWANCE_DECREASE, ROLE_REVOKE, SAFE_EXECUTION, MULTI_SEND, MODULE_EXECUTION, OTHER -> {
                // no flag of their own; executions are judged by their inner calls
            }
        }
    }

    /** True if {@code amount} of an unsigned integer type of {@code bits} is at least 2^(bits−1). */
    static boolean isUnlimited(BigInteger amount, int bits) {
        return amount.bitLength() >= bits;
    }

    private static void unlimited(AbiArgument argument, Set<Flag> flags) {
        if (argument.type() instanceof AbiType.UintType(int bits)
                && argument.value() instanceof AbiValue.NumberValue(BigInteger amount)
                && isUnlimited(amount, bits)) {
            flags.add(Flag.UNLIMITED_APPROVAL);
        }
    }

    /** Walks tuples and arrays for Permit2 {@code amount} fields. */
    private static void unlimitedAmounts(AbiArgument argument, Set<Flag> flags) {
        if (argument.name().equals("amount")) {
            unlimited(argument, flags);
        }
        walk(argument.value(), flags);
    }

    private static void walk(AbiValue value, Set<Flag> flags) {
        switch (value) {
            case AbiValue.TupleValue tuple ->
                tuple.components().forEach(component -> unlimitedAmounts(component, flags));
            case AbiValue.ArrayValue array -> array.elements().forEach(element -> walk(element, flags));
            default -> {
                // scalars hold no nested amounts
            }
        }
    }
}
