package dev.custos.events;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.types.EventFields;
import dev.custos.types.UsdAmount;
import dev.custos.types.WalletTier;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads one field of a flattened event (see {@link EcsFlattener}) as docs/EVENTS.md types it. {@code null} and blank
 * text count as absent; a present value of the wrong kind is an {@link InvalidEventException} whose message starts
 * with the field's name.
 */
public final class EventValues {
    /** Longer numeric text is refused before it is parsed. */
    private static final int MAX_NUMBER_LENGTH = 100;

    private EventValues() {}

    /** The raw value, if present and not {@code null}. */
    public static Optional<JsonNode> node(Map<String, JsonNode> fields, String name) {
        Objects.requireNonNull(fields, "fields is null");
        Objects.requireNonNull(name, "name is null");
        JsonNode node = fields.get(name);
        return node == null || node.isNull() ? Optional.empty() : Optional.of(node);
    }

    /**
     * A text field: a string, or a number or boolean read as its JSON text; surrounding whitespace is stripped and a
     * blank value is absent.
     *
     * @throws InvalidEventException when the value is an object or an array
     */
    public static Optional<String> text(Map<String, JsonNode> fields, String name) throws InvalidEventException {
        Optional<JsonNode> node = node(fields, name);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (!node.get().isValueNode()) {
            throw new InvalidEventException(name, name + " must be text, not " + kind(node.get()));
        }
        String text = node.get().asText().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /**
     * A non-negative decimal: a JSON number (read as the {@code double} it parses to, then as the shortest decimal
     * of that double) or a string holding a decimal number, kept exact ({@code "0.35000000"}).
     *
     * @throws InvalidEventException when the value is not a non-negative decimal number
     */
    public static Optional<BigDecimal> decimal(Map<String, JsonNode> fields, String name) throws InvalidEventException {
        Optional<JsonNode> present = node(fields, name);
        if (present.isEmpty()
                || (present.get().isTextual() && present.get().asText().isBlank())) {
            return Optional.empty();
        }
        JsonNode node = present.get();
        BigDecimal value;
        if (node.isNumber()) {
            value = number(node, name);
        } else if (node.isTextual() && node.asText().strip().length() <= MAX_NUMBER_LENGTH) {
            try {
                value = new BigDecimal(node.asText().strip());
            } catch (NumberFormatException e) {
                throw notANumber(name);
            }
        } else {
            throw notANumber(name);
        }
        if (value.signum() < 0) {
            throw notANumber(name);
        }
        return Optional.of(value);
    }

    /**
     * An amount in USD, read as {@link #decimal}.
     *
     * @throws InvalidEventException when the value is not a non-negative number or is out of {@link UsdAmount}'s range
     */
    public static Optional<UsdAmount> usd(Map<String, JsonNode> fields, String name) throws InvalidEventException {
        Optional<BigDecimal> value = decimal(fields, name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new UsdAmount(value.get()));
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException(name, name + ": " + e.getMessage());
        }
    }

    /**
     * {@code custos.wallet.tier}: {@code hot}, {@code warm} or {@code cold}, exactly.
     *
     * @throws InvalidEventException when the value names no tier
     */
    public static Optional<WalletTier> walletTier(Map<String, JsonNode> fields) throws InvalidEventException {
        String name = EventFields.WALLET_TIER;
        Optional<String> text = text(fields, name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<WalletTier> tier = WalletTier.fromWireName(text.get());
        if (tier.isEmpty()) {
            throw new InvalidEventException(name, name + " must be hot, warm or cold, not " + abbreviate(text.get()));
        }
        return tier;
    }

    private static BigDecimal number(JsonNode node, String name) throws InvalidEventException {
        if (node.isBigDecimal()) {
            return node.decimalValue();
        }
        if (node.isIntegralNumber()) {
            return new BigDecimal(node.bigIntegerValue());
        }
        double value = node.doubleValue();
        if (!Double.isFinite(value)) {
            throw notANumber(name);
        }
        return BigDecimal.valueOf(value);
    }

    private static InvalidEventException notANumber(String name) {
        return new InvalidEventException(name, name + " must be a non-negative number");
    }

    private static String kind(JsonNode node) {
        return node.isArray() ? "a list" : "an object";
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
