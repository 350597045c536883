package dev.custos.chain.intent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.chain.Hex;
import dev.custos.chain.abi.AbiArgument;
import dev.custos.chain.abi.AbiValue;
import dev.custos.chain.abi.FunctionCall;
import dev.custos.chain.ethereum.AccessListTransaction;
import dev.custos.chain.ethereum.DynamicFeeTransaction;
import dev.custos.chain.ethereum.EthereumTransaction;
import dev.custos.chain.ethereum.LegacyTransaction;
import dev.custos.chain.safe.ConfirmationCheck;
import java.math.BigInteger;
import java.util.List;
import java.util.Set;

/**
 * The JSON form of an intent, as {@code custos decode --json} prints it (one object per intent). Amounts in wei and
 * other uint256 values are decimal strings, so that no JSON reader rounds them; chain ids and nonces are numbers.
 */
public final class IntentJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private IntentJson() {}

    public static ObjectNode toJson(Intent intent) {
        ObjectNode out = NODES.objectNode();
        out.put("source", intent.source().wireName());
        intent.chainId().ifPresentOrElse(id -> out.set("chain_id", number(id)), () -> out.putNull("chain_id"));
        intent.safe().ifPresent(safe -> out.put("safe", safe.toString()));
        intent.safeVersion().ifPresent(version -> out.put("safe_version", version.toString()));
        intent.nonce().ifPresent(nonce -> out.set("nonce", number(nonce)));
        call(intent.call(), out);
        intent.safeTxHash().ifPresent(hash -> out.put("safe_tx_hash", hash.toHex()));
        if (intent.safeTxHash().isPresent()) {
            ArrayNode confirmations = out.putArray("confirmations");
            intent.confirmations().forEach(check -> confirmations.add(confirmation(check)));
        }
        intent.transaction().ifPresent(transaction -> out.set("transaction", transaction(transaction)));
        out.set("flags", flags(intent.flags()));
        ArrayNode warnings = out.putArray("warnings");
        intent.warnings().forEach(warnings::add);
        out.put("summary", intent.summary());
        return out;
    }

    /** A call as a JSON object (also used for inner calls). */
    public static ObjectNode toJson(DecodedCall call) {
        ObjectNode out = NODES.objectNode();
        call(call, out);
        out.set("flags", flags(call.flags()));
        return out;
    }

    private static void call(DecodedCall call, ObjectNode out) {
        call.target().ifPresentOrElse(target -> out.put("target", target.toString()), () -> out.putNull("target"));
        call.targetLabel().ifPresent(label -> out.put("target_label", label));
        out.put("value", call.value().toString());
        out.put("operation", call.operation().wireName());
        if (call.function().isPresent()) {
            FunctionCall function = call.function().get();
            out.put("function", function.function().name());
            out.put("signature", function.function().function().canonicalSignature());
            out.put("standard", function.function().standard());
            ArrayNode arguments = out.putArray("arguments");
            for (AbiArgument argument : function.arguments()) {
                ObjectNode node = argument(argument);
                if (call.innerCallsArgument().filter(argument.name()::equals).isPresent()) {
                    ArrayNode calls = node.putArray("calls");
                    call.innerCalls().forEach(inner -> calls.add(toJson(inner)));
                }
                arguments.add(node);
            }
        } else {
            out.putNull("function");
            out.putArray("arguments");
        }
        out.put("data", Hex.encode(call.data()));
        call.decodeError().ifPresent(error -> out.put("decode_error", error));
    }

    private static ObjectNode argument(AbiArgument argument) {
        ObjectNode node = NODES.objectNode();
        node.put("name", argument.name());
        node.put("type", argument.type().canonicalName());
        node.set("value", value(argument.value()));
        return node;
    }

    private static JsonNode value(AbiValue value) {
        return switch (value) {
            case AbiValue.NumberValue number -> NODES.textNode(number.value().toString());
            case AbiValue.AddressValue address ->
                NODES.textNode(address.address().toString());
            case AbiValue.BoolValue bool -> NODES.booleanNode(bool.value());
            case AbiValue.BytesValue bytes -> NODES.textNode(Hex.encode(bytes.bytes()));
            case AbiValue.StringValue string -> NODES.textNode(string.value());
            case AbiValue.ArrayValue array -> {
                ArrayNode elements = NODES.arrayNode();
                array.elements().forEach(element -> elements.add(value(element)));
                yield elements;
            }
            case AbiValue.TupleValue tuple -> {
                ArrayNode components = NODES.arrayNode();
                tuple.components().forEach(component -> components.add(argument(component)));
                yield components;
            }
        };
    }

    private static ObjectNode confirmation(ConfirmationCheck check) {
        ObjectNode node = NODES.objectNode();
        node.put("owner", check.owner().toString());
        check.signer()
                .ifPresentOrElse(signer -> node.put("recovered", signer.toString()), () -> node.putNull("recovered"));
        check.valid().ifPresentOrElse(valid -> node.put("valid", valid), () -> node.putNull("valid"));
        node.put("signature_type", check.kind().wireName());
        node.put("detail", check.detail());
        return node;
    }

    private static ObjectNode transaction(EthereumTransaction transaction) {
        ObjectNode node = NODES.objectNode();
        node.put("type", transaction.type().displayName());
        node.put("signing_hash", transaction.signingHash().toHex());
        node.put("signed", transaction.signature().isPresent());
        transaction.transactionHash().ifPresent(hash -> node.put("tx_hash", hash.toHex()));
        transaction.sender().ifPresent(sender -> node.put("sender", sender.toString()));
        node.put("gas_limit", transaction.gasLimit().toString());
        switch (transaction) {
            case LegacyTransaction legacy ->
                node.put("gas_price", legacy.gasPrice().toString());
            case AccessListTransaction accessList -> {
                node.put("gas_price", accessList.gasPrice().toString());
                node.put("access_list_entries", accessList.accessList().size());
            }
            case DynamicFeeTransaction dynamic -> {
                node.put("max_fee_per_gas", dynamic.maxFeePerGas().toString());
                node.put(
                        "max_priority_fee_per_gas",
                        dynamic.maxPriorityFeePerGas().toString());
                node.put("access_list_entries", dynamic.accessList().size());
            }
        }
        return node;
    }

    private static ArrayNode flags(Set<Flag> flags) {
        ArrayNode array = NODES.arrayNode();
        List.copyOf(flags).forEach(flag -> array.add(flag.wireName()));
        return array;
    }

    private static JsonNode number(BigInteger value) {
        return value.bitLength() < Long.SIZE ? NODES.numberNode(value.longValue()) : NODES.textNode(value.toString());
    }
}
