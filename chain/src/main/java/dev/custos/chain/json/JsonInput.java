package dev.custos.chain.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.custos.chain.DecodingException;
import dev.custos.chain.Hex;
import dev.custos.chain.ethereum.Address;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads JSON documents strictly (duplicate keys are an error, since two readers could pick different values) and
 * converts fields to typed values with errors that name the field's path.
 */
public final class JsonInput {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final int MAX_DECIMAL_DIGITS = 78;

    private JsonInput() {}

    public static JsonNode parse(String json) throws DecodingException {
        Objects.requireNonNull(json, "json is null");
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new DecodingException("JSON input is empty");
            }
            return node;
        } catch (JacksonException e) {
            throw new DecodingException("invalid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null
                            ? ""
                            : " (line " + e.getLocation().getLineNr() + ", column "
                                    + e.getLocation().getColumnNr() + ")"));
        }
    }

    /** The field {@code name} of {@code object}; missing and JSON null both count as absent. */
    public static Optional<JsonNode> optional(JsonNode object, String name) {
        JsonNode node = object.get(name);
        return node == null || node.isNull() ? Optional.empty() : Optional.of(node);
    }

    public static JsonNode required(JsonNode object, String name, String path) throws DecodingException {
        return optional(object, name).orElseThrow(() -> new DecodingException(path + name + " is missing"));
    }

    public static String text(JsonNode node, String path) throws DecodingException {
        if (!node.isTextual()) {
            throw new DecodingException(path + " must be a string");
        }
        return node.textValue();
    }

    public static Address address(JsonNode node, String path) throws DecodingException {
        String text = text(node, path);
        try {
            return Address.fromHex(text);
        } catch (DecodingException e) {
            throw new DecodingException(path, e);
        }
    }

    public static byte[] hex(JsonNode node, String path) throws DecodingException {
        String text = text(node, path);
        try {
            return Hex.decode(text);
        } catch (DecodingException e) {
            throw new DecodingException(path, e);
        }
    }

    /** A uint256 given as a JSON integer or a string of decimal digits. */
    public static BigInteger uint256(JsonNode node, String path) throws DecodingException {
        BigInteger value;
        if (node.isIntegralNumber()) {
            value = node.bigIntegerValue();
        } else if (node.isTextual() && isDecimal(node.textValue())) {
            value = new BigInteger(node.textValue());
        } else {
            throw new DecodingException(path + " must be a non-negative integer or a string of decimal digits, got "
                    + abbreviate(node.toString()));
        }
        if (value.signum() < 0 || value.bitLength() > 256) {
            throw new DecodingException(path + " is not a uint256: " + abbreviate(value.toString()));
        }
        return value;
    }

    private static boolean isDecimal(String text) {
        if (text.isEmpty() || text.length() > MAX_DECIMAL_DIGITS) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
