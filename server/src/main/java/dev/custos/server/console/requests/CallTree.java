package dev.custos.server.console.requests;

import dev.custos.chain.Hex;
import dev.custos.chain.abi.AbiArgument;
import dev.custos.chain.abi.AbiValue;
import dev.custos.chain.abi.FunctionCall;
import dev.custos.chain.intent.DecodedCall;
import dev.custos.chain.intent.Flag;
import dev.custos.chain.safe.Operation;
import dev.custos.server.console.html.Html;
import dev.custos.server.console.pages.Text;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The decoded call tree of a request as nested lists: for each call its target (with its address-book label, or
 * "unknown"), operation, value, function and arguments, its own flags, and its inner calls (through multiSend and
 * execTransaction), in order.
 */
final class CallTree {
    private static final int MAX_INLINE_BYTES = 64;

    private CallTree() {}

    static void render(Html html, DecodedCall root) {
        html.open("ol", "class", "call-tree");
        call(html, root, "1");
        html.close("ol");
    }

    private static void call(Html html, DecodedCall call, String number) {
        boolean delegate = call.operation() == Operation.DELEGATECALL;
        html.open("li", "class", delegate ? "call call-delegate" : "call");
        html.element("span", "Call " + number, "class", "call-number");
        html.open("dl", "class", "facts");
        row(
                html,
                "Target",
                call.target()
                        .map(target -> target
                                + call.targetLabel()
                                        .map(label -> " (" + Text.visible(label) + ")")
                                        .orElse(" (unknown contract)"))
                        .orElse("none: contract creation"));
        html.element("dt", "Operation");
        html.element("dd", call.operation().wireName(), "class", delegate ? "danger" : null);
        row(html, "Value", call.value() + " wei");
        call.function().ifPresentOrElse(function -> function(html, call, function), () -> {
            if (call.data().length > 0) {
                row(html, "Data", bytes(call.data()));
            }
        });
        call.decodeError().ifPresent(error -> row(html, "Not decoded", Text.visible(error)));
        if (!call.flags().isEmpty()) {
            row(html, "Flags", call.flags().stream().map(Flag::wireName).collect(Collectors.joining(", ")));
        }
        html.close("dl");
        if (!call.innerCalls().isEmpty()) {
            html.open("ol", "class", "call-tree");
            for (int i = 0; i < call.innerCalls().size(); i++) {
                call(html, call.innerCalls().get(i), number + "." + (i + 1));
            }
            html.close("ol");
        }
        html.close("li");
    }

    private static void function(Html html, DecodedCall call, FunctionCall function) {
        html.element("dt", "Function");
        html.open("dd");
        html.element("code", function.function().function().canonicalSignature());
        html.text(" [" + function.function().standard() + "]");
        if (!function.arguments().isEmpty()) {
            html.open("ul", "class", "arguments");
            for (AbiArgument argument : function.arguments()) {
                boolean holdsCalls = call.innerCallsArgument()
                        .filter(argument.name()::equals)
                        .isPresent();
                html.open("li");
                html.element("span", Text.visible(argument.name()) + ": ", "class", "argument-name");
                html.element(
                        "span",
                        holdsCalls ? call.innerCalls().size() + " inner call(s), below" : value(argument.value()),
                        "class",
                        "mono");
                html.close("li");
            }
            html.close("ul");
        }
        html.close("dd");
    }

    private static void row(Html html, String term, String value) {
        html.element("dt", term);
        html.element("dd", value, "class", "mono");
    }

    private static String value(AbiValue value) {
        return switch (value) {
            case AbiValue.NumberValue number -> number.value().toString();
            case AbiValue.AddressValue address -> address.address().toString();
            case AbiValue.BoolValue bool -> Boolean.toString(bool.value());
            case AbiValue.BytesValue bytes -> bytes(bytes.bytes());
            case AbiValue.StringValue string -> "\"" + Text.visible(string.value()) + "\"";
            case AbiValue.ArrayValue array ->
                array.elements().stream().map(CallTree::value).collect(Collectors.joining(", ", "[", "]"));
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
        return Hex.encode(Arrays.copyOf(bytes, MAX_INLINE_BYTES)) + "… (" + bytes.length + " bytes)";
    }
}
