package dev.custos.policy.request;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.events.EcsFlattener;
import dev.custos.events.EventValues;
import dev.custos.events.InvalidEventException;
import dev.custos.events.SigningRequestEvent;
import dev.custos.policy.PolicyInputException;
import dev.custos.types.EventFields;
import dev.custos.types.UsdAmount;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fields of a request event, flattened and read by the shared readers of {@code dev.custos.events} (a field may
 * be given nested or dotted, never both; {@code custos.tx.safe} is kept whole). Every problem is a {@link
 * PolicyInputException} that names the field.
 */
final class RequestFields {
    private static final Set<String> OPAQUE = Set.of(EventFields.TX_SAFE, "custos.risk.verdict");

    private final Map<String, JsonNode> fields;

    RequestFields(JsonNode event) {
        if (event == null || !event.isObject()) {
            throw new PolicyInputException("request must be a JSON object");
        }
        try {
            fields = EcsFlattener.flatten(event, OPAQUE, EcsFlattener.Duplicates.REFUSED);
        } catch (InvalidEventException e) {
            throw new PolicyInputException("request " + e.getMessage(), e);
        }
    }

    /** The fields every reader of a {@code signing.request} shares. */
    SigningRequestEvent signingRequest() {
        try {
            return SigningRequestEvent.read(fields);
        } catch (InvalidEventException e) {
            throw new PolicyInputException(e.getMessage(), e);
        }
    }

    Optional<JsonNode> get(String name) {
        return EventValues.node(fields, name);
    }

    Optional<String> text(String name) {
        try {
            return EventValues.text(fields, name);
        } catch (InvalidEventException e) {
            throw new PolicyInputException(e.getMessage(), e);
        }
    }

    Optional<BigDecimal> decimal(String name) {
        try {
            return EventValues.decimal(fields, name);
        } catch (InvalidEventException e) {
            throw new PolicyInputException(e.getMessage(), e);
        }
    }

    Optional<UsdAmount> usd(String name) {
        try {
            return EventValues.usd(fields, name);
        } catch (InvalidEventException e) {
            throw new PolicyInputException(e.getMessage(), e);
        }
    }

    /** The time in an RFC 3339 field, if present. */
    Optional<Instant> instant(String name) {
        Optional<String> text = text(name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text.get()));
        } catch (DateTimeParseException e) {
            throw new PolicyInputException("request field '" + name + "' is not an RFC 3339 time: " + text.get(), e);
        }
    }

    /** A list of strings (each element read as its text); empty when absent. */
    List<String> texts(String name) {
        Optional<JsonNode> node = get(name);
        if (node.isEmpty()) {
            return List.of();
        }
        if (!node.get().isArray()) {
            throw new PolicyInputException("request field '" + name + "' must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        node.get().forEach(element -> out.add(element.asText()));
        return out;
    }

    static PolicyInputException missing(String name) {
        return new PolicyInputException("request field '" + name + "' is missing");
    }
}
