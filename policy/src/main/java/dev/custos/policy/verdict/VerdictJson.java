package dev.custos.policy.verdict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.policy.PolicyInputException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The JSON form of a signed verdict: {@code {"request_digest":HEX32,"score":0-100,"reasons":[..],
 * "issued_at":RFC3339,"expires_at":RFC3339,"signature":HEX64}}. Reading rejects unknown fields and names the field
 * that is wrong.
 */
public final class VerdictJson {
    private static final Set<String> FIELDS =
            Set.of("request_digest", "score", "reasons", "issued_at", "expires_at", "signature");

    private VerdictJson() {}

    /** The request field that carries a signed detection verdict. */
    public static final String REQUEST_FIELD = "custos.risk.verdict";

    /**
     * The verdict attached to a request event as {@code custos.risk.verdict} (dotted, or nested under {@code
     * custos.risk}), if any. It is verified by the evaluator, never trusted because it is there.
     */
    public static Optional<SignedVerdict> fromRequest(JsonNode event) {
        if (event == null || !event.isObject()) {
            return Optional.empty();
        }
        JsonNode dotted = event.get(REQUEST_FIELD);
        JsonNode nested = event.path("custos").path("risk").get("verdict");
        if (dotted != null && nested != null) {
            throw new PolicyInputException(REQUEST_FIELD + " is given both dotted and nested; give it once");
        }
        JsonNode node = dotted != null ? dotted : nested;
        return node == null || node.isNull() ? Optional.empty() : Optional.of(read(node, REQUEST_FIELD));
    }

    public static SignedVerdict read(JsonNode node, String where) {
        if (node == null || !node.isObject()) {
            throw new PolicyInputException(where + " must be an object");
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                throw new PolicyInputException(where + ": unknown field '" + name + "'");
            }
        });
        JsonNode score = node.get("score");
        if (score == null || !score.canConvertToExactIntegral() || !score.canConvertToInt()) {
            throw new PolicyInputException(where + ".score must be an integer from 0 to 100");
        }
        List<String> reasons = new ArrayList<>();
        JsonNode list = node.get("reasons");
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                throw new PolicyInputException(where + ".reasons must be an array of strings");
            }
            for (JsonNode reason : list) {
                if (!reason.isTextual()) {
                    throw new PolicyInputException(where + ".reasons must be an array of strings");
                }
                reasons.add(reason.asText());
            }
        }
        try {
            return new SignedVerdict(
                    hex(node, "request_digest", where),
                    score.asInt(),
                    reasons,
                    instant(node, "issued_at", where),
                    instant(node, "expires_at", where),
                    hex(node, "signature", where));
        } catch (IllegalArgumentException e) {
            throw new PolicyInputException(where + ": " + e.getMessage(), e);
        }
    }

    public static ObjectNode write(SignedVerdict verdict) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("request_digest", HexFormat.of().formatHex(verdict.requestDigest()));
        out.put("score", verdict.score());
        ArrayNode reasons = out.putArray("reasons");
        verdict.reasons().forEach(reasons::add);
        out.put("issued_at", verdict.issuedAt().toString());
        out.put("expires_at", verdict.expiresAt().toString());
        out.put("signature", HexFormat.of().formatHex(verdict.signature()));
        return out;
    }

    private static byte[] hex(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new PolicyInputException(where + "." + field + " must be a hex string");
        }
        String text = value.asText().startsWith("0x") ? value.asText().substring(2) : value.asText();
        try {
            return HexFormat.of().parseHex(text);
        } catch (IllegalArgumentException e) {
            throw new PolicyInputException(where + "." + field + " is not hex: " + value.asText(), e);
        }
    }

    private static Instant instant(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new PolicyInputException(where + "." + field + " must be an RFC 3339 time");
        }
        try {
            return Instant.parse(value.asText());
        } catch (DateTimeParseException e) {
            throw new PolicyInputException(where + "." + field + " is not RFC 3339: " + value.asText(), e);
        }
    }
}
