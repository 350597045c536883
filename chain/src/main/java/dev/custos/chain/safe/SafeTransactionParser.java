package dev.custos.chain.safe;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.chain.DecodingException;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.Hash32;
import dev.custos.chain.json.JsonInput;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads Safe Transaction Service JSON: one transaction object, a paginated response whose {@code results} holds several,
 * or a bare array of transaction objects. Required per transaction: {@code safe, to, value, operation, nonce}. Optional,
 * with the Safe's defaults: {@code data} (empty), {@code safeTxGas, baseGas} ({@code dataGas} is accepted for 0.1.0
 * payloads), {@code gasPrice} (0), {@code gasToken, refundReceiver} (zero address), {@code safeTxHash} and
 * {@code confirmations}. Other fields the service adds are ignored.
 */
public final class SafeTransactionParser {
    private SafeTransactionParser() {}

    public static List<SafeTransaction> parse(String json) throws DecodingException {
        return parse(JsonInput.parse(json));
    }

    public static List<SafeTransaction> parse(JsonNode root) throws DecodingException {
        List<SafeTransaction> transactions = new ArrayList<>();
        if (root.isArray()) {
            readAll(root, "", transactions);
        } else if (root.isObject() && root.has("results")) {
            JsonNode results = root.get("results");
            if (!results.isArray()) {
                throw new DecodingException("results must be an array");
            }
            readAll(results, "results", transactions);
        } else if (root.isObject()) {
            transactions.add(transaction(root, ""));
        } else {
            throw new DecodingException("expected a Safe transaction object, a response with results, or an array");
        }
        if (transactions.isEmpty()) {
            throw new DecodingException("the input holds no Safe transactions");
        }
        return transactions;
    }

    private static void readAll(JsonNode array, String prefix, List<SafeTransaction> out) throws DecodingException {
        for (int i = 0; i < array.size(); i++) {
            String path = prefix + "[" + i + "].";
            JsonNode element = array.get(i);
            if (!element.isObject()) {
                throw new DecodingException(prefix + "[" + i + "] must be an object");
            }
            out.add(transaction(element, path));
        }
    }

    private static SafeTransaction transaction(JsonNode node, String path) throws DecodingException {
        Optional<JsonNode> data = JsonInput.optional(node, "data");
        Optional<JsonNode> baseGas = JsonInput.optional(node, "baseGas").or(() -> JsonInput.optional(node, "dataGas"));
        Optional<JsonNode> claimedHash = JsonInput.optional(node, "safeTxHash");
        BigInteger operationCode = JsonInput.uint256(JsonInput.required(node, "operation", path), path + "operation");
        if (operationCode.compareTo(BigInteger.ONE) > 0) {
            throw new DecodingException(path + "operation must be 0 (call) or 1 (delegatecall), got " + operationCode);
        }
        Operation operation = Operation.fromCode(operationCode.longValue());
        return new SafeTransaction(
                address(node, "safe", path),
                address(node, "to", path),
                JsonInput.uint256(JsonInput.required(node, "value", path), path + "value"),
                data.isEmpty() ? new byte[0] : JsonInput.hex(data.get(), path + "data"),
                operation,
                uintOrZero(node, "safeTxGas", path),
                baseGas.isEmpty() ? BigInteger.ZERO : JsonInput.uint256(baseGas.get(), path + "baseGas"),
                uintOrZero(node, "gasPrice", path),
                addressOrZero(node, "gasToken", path),
                addressOrZero(node, "refundReceiver", path),
                JsonInput.uint256(JsonInput.required(node, "nonce", path), path + "nonce"),
                claimedHash.isEmpty() ? Optional.empty() : Optional.of(hash(claimedHash.get(), path + "safeTxHash")),
                confirmations(node, path));
    }

    private static List<SafeConfirmation> confirmations(JsonNode node, String path) throws DecodingException {
        Optional<JsonNode> array = JsonInput.optional(node, "confirmations");
        List<SafeConfirmation> confirmations = new ArrayList<>();
        if (array.isEmpty()) {
            return confirmations;
        }
        if (!array.get().isArray()) {
            throw new DecodingException(path + "confirmations must be an array");
        }
        for (int i = 0; i < array.get().size(); i++) {
            String itemPath = path + "confirmations[" + i + "].";
            JsonNode item = array.get().get(i);
            if (!item.isObject()) {
                throw new DecodingException(path + "confirmations[" + i + "] must be an object");
            }
            Optional<JsonNode> type = JsonInput.optional(item, "signatureType");
            confirmations.add(new SafeConfirmation(
                    address(item, "owner", itemPath),
                    JsonInput.hex(JsonInput.required(item, "signature", itemPath), itemPath + "signature"),
                    type.isEmpty()
                            ? Optional.empty()
                            : Optional.of(JsonInput.text(type.get(), itemPath + "signatureType"))));
        }
        return confirmations;
    }

    private static Address address(JsonNode node, String name, String path) throws DecodingException {
        return JsonInput.address(JsonInput.required(node, name, path), path + name);
    }

    private static Address addressOrZero(JsonNode node, String name, String path) throws DecodingException {
        Optional<JsonNode> field = JsonInput.optional(node, name);
        return field.isEmpty() ? Address.ZERO : JsonInput.address(field.get(), path + name);
    }

    private static BigInteger uintOrZero(JsonNode node, String name, String path) throws DecodingException {
        Optional<JsonNode> field = JsonInput.optional(node, name);
        return field.isEmpty() ? BigInteger.ZERO : JsonInput.uint256(field.get(), path + name);
    }

    private static Hash32 hash(JsonNode node, String path) throws DecodingException {
        String text = JsonInput.text(node, path);
        try {
            return Hash32.fromHex(text);
        } catch (DecodingException e) {
            throw new DecodingException(path, e);
        }
    }
}
