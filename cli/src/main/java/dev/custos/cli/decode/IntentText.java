package dev.custos.cli.decode;

import dev.custos.chain.Hex;
import dev.custos.chain.abi.AbiArgument;
import dev.custos.chain.abi.AbiValue;
import dev.custos.chain.abi.FunctionCall;
import dev.custos.chain.intent.DecodedCall;
import dev.custos.chain.intent.Flag;
import dev.custos.chain.intent.Intent;
import dev.custos.chain.intent.IntentSource;
import dev.custos.chain.safe.ConfirmationCheck;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The readable, multi-line form of an intent. Text that comes from the input (ABI strings, labels) is printed with
 * control and formatting characters escaped, so it cannot rewrite the terminal or reorder the line.
 */
final class IntentText {
    private static final int MAX_INLINE_BYTES = 64;
    private static final int VALUE_COLUMN = 20;

    private IntentText() {}

    static String render(Intent intent, int index, int count) {
        StringBuilder out = new StringBuilder();
        String kind = intent.source() == IntentSource.SAFE_TRANSACTION ? "Safe transaction" : "Raw transaction";
        out.append(kind).append(count > 1 ? " " + index + " of " + count : "").append('\n');
        line(out, 1, "summary", safe(intent.summary()));
        intent.safe()
                .ifPresent(safe -> line(
                        out,
                        1,
                        "safe",
                        safe
                                + intent.safeVersion()
                                        .map(v -> " (Safe " + v + ")")
                                        .orElse("")));
        line(out, 1, "chain id", intent.chainId().map(Object::toString).orElse("none (no EIP-155 replay protection)"));
        intent.nonce().ifPresent(nonce -> line(out, 1, "nonce", nonce.toString()));
        intent.safeTxHash().ifPresent(hash -> line(out, 1, "safeTxHash", hash.toHex()));
        intent.transaction().ifPresent(transaction -> {
            line(out, 1, "type", transaction.type().displayName());
            line(out, 1, "signing hash", transaction.signingHash().toHex());
            transaction.transactionHash().ifPresent(hash -> line(out, 1, "tx hash", hash.toHex()));
            transaction.sender().ifPresent(sender -> line(out, 1, "sender", sender.toString()));
        });
        call(out, 1, intent.call());
        line(out, 1, "flags", flags(intent.flags()));
        if (!intent.confirmations().isEmpty()) {
            line(out, 1, "confirmations", "");
            for (ConfirmationCheck check : intent.confirmations()) {
                out.append("    - ")
                        .append(check.owner())
                        .append(' ')
                        .append(check.kind().wireName())
                        .append(": ")
                        .append(verdict(check))
                        .append('\n');
            }
        }
        if (!intent.warnings().isEmpty()) {
            line(out, 1, "warnings", "");
            intent.warnings()
                    .forEach(warning ->
                            out.append("    - ").append(safe(warning)).append('\n'));
        }
        return out.toString();
    }

    private static void call(StringBuilder out, int level, DecodedCall call) {
        line(
                out,
                level,
                "target",
                call.target()
                        .map(target -> target
                                + call.targetLabel()
                                        .map(label -> " (" + safe(label) + ")")
                                        .orElse(" (unknown)"))
                        .orElse("none: contract creation"));
        line(out, level, "operation", call.operation().wireName());
        line(out, level, "value", call.value() + " wei");
        if (call.function().isPresent()) {
            FunctionCall function = call.function().get();
            line(
                    out,
                    level,
                    "function",
                    function.function().function().canonicalSignature() + "  ["
                            + function.function().standard() + "]");
            for (AbiArgument argument : function.arguments()) {
                boolean holdsCalls = call.innerCallsArgument()
                        .filter(argument.name()::equals)
                        .isPresent();
                line(
                        out,
                        level + 1,
                        argument.name(),
                        holdsCalls ? call.innerCalls().size() + " inner call(s)" : value(argument.value()));
            }
        } else if (call.data().length > 0) {
            line(out, level, "data", bytes(call.data()));
        }
        call.decodeError().ifPresent(error -> line(out, level, "not decoded", safe(error)));
        if (level > 1 || !call.innerCalls().isEmpty()) {
            line(out, level, "call flags", flags(call.flags()));
        }
        for (int i = 0; i < call.innerCalls().size(); i++) {
            indent(out, level + 1)
                    .append("inner call ")
                    .append(i + 1)
                    .append(':')
                    .append('\n');
            call(out, level + 2, call.innerCalls().get(i));
        }
    }

    private static String value(AbiValue value) {
        return switch (value) {
            case AbiValue.NumberValue number -> number.value().toString();
            case AbiValue.AddressValue address -> address.address().toString();
            case AbiValue.BoolValue bool -> Boolean.toString(bool.value());
            case AbiValue.BytesValue bytes -> bytes(bytes.bytes());
            case AbiValue.StringValue string -> "\"" + safe(string.value()) + "\"";
            case AbiValue.ArrayValue array ->
                array.elements().stream().map(IntentText::value).collect(Collectors.joining(", ", "[", "]"));
            case AbiValue.TupleValue tuple ->
                tuple.components().stream()
                        .map(component -> component.name() + ": " + value(component.value()))
                        .collect(Collectors.joining(", ", "(", ")"));
        };
    }

    private static String bytes(byte[] bytes) {
        if (bytes.length <= MAX_INLINE_BYTES) {
            return Hex.encode(bytes);
        }
        byte[] head = Arrays.copyOf(bytes, MAX_INLINE_BYTES);
        return Hex.encode(head) + "… (" + bytes.length + " bytes)";
    }

    private static String verdict(ConfirmationCheck check) {
        return switch (check.status()) {
            case VALID -> "valid, recovers to the owner";
            case MISMATCH, INVALID, UNVERIFIABLE ->
                check.status().name().toLowerCase(Locale.ROOT) + ": " + safe(check.detail());
        };
    }

    private static String flags(Set<Flag> flags) {
        return flags.isEmpty() ? "none" : flags.stream().map(Flag::wireName).collect(Collectors.joining(", "));
    }

    private static void line(StringBuilder out, int level, String label, String value) {
        indent(out, level).append(label).append(':');
        if (!value.isEmpty()) {
            int width = 2 * level + label.length() + 1;
            out.append(" ".repeat(Math.max(1, VALUE_COLUMN - width))).append(value);
        }
        out.append('\n');
    }

    private static StringBuilder indent(StringBuilder out, int level) {
        return out.append("  ".repeat(level));
    }

    /** Escapes control and formatting (e.g. bidirectional override) characters. */
    static String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(point -> {
            if (Character.isISOControl(point) || Character.getType(point) == Character.FORMAT) {
                out.append(String.format("\\u{%04x}", point));
            } else {
                out.appendCodePoint(point);
            }
        });
        return out.toString();
    }
}
