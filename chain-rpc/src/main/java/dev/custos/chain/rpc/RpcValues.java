package dev.custos.chain.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.chain.DecodingException;
import dev.custos.chain.Hex;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.Hash32;
import java.math.BigInteger;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Strict readers of the values in a node's answers; each failure names the field and what was there. */
final class RpcValues {
    private static final int MAX_QUANTITY_DIGITS = 64;

    private RpcValues() {}

    /** A hex quantity ({@code 0x} and 1 to 64 hex digits, no sign). */
    static BigInteger quantity(@Nullable JsonNode node, String what) {
        if (node == null || !node.isTextual()) {
            throw invalid(what, "is not a hex quantity", node);
        }
        String text = node.asText();
        if (!text.startsWith("0x") || text.length() < 3 || text.length() > 2 + MAX_QUANTITY_DIGITS) {
            throw invalid(what, "is not a hex quantity", node);
        }
        for (int i = 2; i < text.length(); i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                throw invalid(what, "is not a hex quantity", node);
            }
        }
        return new BigInteger(text.substring(2), 16);
    }

    /** A hex quantity that fits a non-negative long. */
    static long smallQuantity(@Nullable JsonNode node, String what) {
        BigInteger value = quantity(node, what);
        if (value.bitLength() > 63) {
            throw invalid(what, "is too large", node);
        }
        return value.longValueExact();
    }

    /** Hex data ({@code 0x} and an even number of hex digits). */
    static byte[] bytes(@Nullable JsonNode node, String what) {
        if (node == null || !node.isTextual()) {
            throw invalid(what, "is not hex data", node);
        }
        try {
            return Hex.decode(node.asText());
        } catch (DecodingException e) {
            throw JsonRpcException.malformed(what, "is not hex data: " + e.getMessage(), e);
        }
    }

    static Hash32 hash(@Nullable JsonNode node, String what) {
        if (node == null || !node.isTextual()) {
            throw invalid(what, "is not a 32-byte hash", node);
        }
        try {
            return Hash32.fromHex(node.asText());
        } catch (DecodingException e) {
            throw JsonRpcException.malformed(what, "is not a 32-byte hash: " + e.getMessage(), e);
        }
    }

    static Address address(@Nullable JsonNode node, String what) {
        return optionalAddress(node, what).orElseThrow(() -> invalid(what, "is missing", node));
    }

    static Optional<Address> optionalAddress(@Nullable JsonNode node, String what) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw invalid(what, "is not an address", node);
        }
        try {
            return Optional.of(Address.fromHex(node.asText()));
        } catch (DecodingException e) {
            throw JsonRpcException.malformed(what, "is not an address: " + e.getMessage(), e);
        }
    }

    static boolean flag(@Nullable JsonNode node, String what) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return false;
        }
        if (!node.isBoolean()) {
            throw invalid(what, "is not a boolean", node);
        }
        return node.asBoolean();
    }

    static String hexQuantity(BigInteger value) {
        if (value.signum() < 0) {
            throw new IllegalArgumentException("a quantity cannot be negative: " + value);
        }
        return "0x" + value.toString(16);
    }

    private static JsonRpcException invalid(String what, String problem, @Nullable JsonNode node) {
        String shown = node == null ? "nothing" : node.toString();
        if (shown.length() > 80) {
            shown = shown.substring(0, 80) + "…";
        }
        return JsonRpcException.malformed(what, problem + " (" + shown + ")", null);
    }
}
