package dev.custos.detect.server.http;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.event.Event;
import dev.custos.detect.event.EventParser;
import dev.custos.detect.event.ParsedLine;
import dev.custos.events.InvalidEventException;
import dev.custos.events.SigningRequestEvent;
import dev.custos.types.EventFields;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Reads the body of {@code POST /v1/risk}: one signing request with the fields of a {@code signing.request} event
 * (docs/EVENTS.md, nested or dotted). {@code event.category} and {@code event.action} are filled in when absent (and must be
 * {@code api} and {@code signing.request} when given); {@code @timestamp} defaults to the service's clock. The
 * fields are read by {@link SigningRequestEvent}, as the signing gate and the policy read them; on top, the five
 * required fields must be given as strings of at most 512 characters and {@code custos.approvals} may hold names
 * only. Every problem is reported as a 400 that names the field.
 */
final class SigningRequests {
    private static final int MAX_TEXT = 512;
    private static final List<String> REQUIRED_TEXT =
            List.of(EventFields.REQUEST_ID, EventFields.USER_NAME, EventFields.WALLET_ID, EventFields.TX_TO);
    /** Stateless apart from its thread-safe Jackson mapper, so one instance serves every handler thread. */
    private static final EventParser PARSER = new EventParser();

    private SigningRequests() {}

    static Event parse(String body, Instant now) {
        requireNonNull(body, "body is null");
        requireNonNull(now, "now is null");
        JsonNode root;
        try {
            root = Exchanges.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("body is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw ApiException.badRequest("body must be one JSON object (a signing request)");
        }
        ObjectNode request = (ObjectNode) root;
        fill(request, EventFields.EVENT_CATEGORY, EventFields.CATEGORY_API);
        fill(request, EventFields.EVENT_ACTION, EventFields.ACTION_SIGNING_REQUEST);
        fill(request, EventFields.TIMESTAMP, DateTimeFormatter.ISO_INSTANT.format(now));
        ParsedLine parsed = PARSER.parse(request.toString(), 1);
        Event event = switch (parsed) {
            case ParsedLine.Parsed ok -> ok.event();
            case ParsedLine.Malformed bad -> throw badParse(bad.line().reason());
            case ParsedLine.Blank blank -> throw ApiException.badRequest("body is empty");
        };
        if (!event.category().equals(EventFields.CATEGORY_API)) {
            throw ApiException.badField(
                    EventFields.EVENT_CATEGORY, "event.category must be api, not " + event.category());
        }
        if (!event.action().equals(EventFields.ACTION_SIGNING_REQUEST)) {
            throw ApiException.badField(
                    EventFields.EVENT_ACTION, "event.action must be signing.request, not " + event.action());
        }
        for (String field : REQUIRED_TEXT) {
            requireText(event, field);
        }
        SigningRequestEvent fields;
        try {
            fields = SigningRequestEvent.read(event.fields());
        } catch (InvalidEventException e) {
            throw e.field()
                    .map(field -> ApiException.badField(field, e.getMessage()))
                    .orElseGet(() -> ApiException.badRequest(e.getMessage()));
        }
        if (fields.amountUsd().isEmpty()) {
            throw ApiException.badField(EventFields.TX_AMOUNT_USD, EventFields.TX_AMOUNT_USD + " is missing");
        }
        event.node(EventFields.APPROVALS).ifPresent(approvals -> {
            if (!approvals.isArray()) {
                throw ApiException.badField(EventFields.APPROVALS, EventFields.APPROVALS + " must be a list of names");
            }
            for (JsonNode approver : approvals) {
                if (!approver.isTextual() || approver.asText().isBlank()) {
                    throw ApiException.badField(
                            EventFields.APPROVALS, EventFields.APPROVALS + " must hold non-empty names only");
                }
            }
        });
        return event;
    }

    /** Adds a dotted field unless it is present, dotted or nested one level ({@code {"event":{"action":..}}}). */
    private static void fill(ObjectNode request, String dotted, String value) {
        if (request.has(dotted)) {
            return;
        }
        int dot = dotted.indexOf('.');
        if (dot > 0) {
            JsonNode parent = request.get(dotted.substring(0, dot));
            if (parent != null && parent.isObject() && parent.has(dotted.substring(dot + 1))) {
                return;
            }
        }
        request.put(dotted, value);
    }

    private static void requireText(Event event, String field) {
        JsonNode node = event.node(field).orElseThrow(() -> ApiException.badField(field, field + " is missing"));
        if (!node.isTextual() || node.asText().isBlank()) {
            throw ApiException.badField(field, field + " must be a non-empty string");
        }
        if (node.asText().strip().length() > MAX_TEXT) {
            throw ApiException.badField(field, field + " is longer than " + MAX_TEXT + " characters");
        }
    }

    private static ApiException badParse(String reason) {
        for (String field : List.of(EventFields.TIMESTAMP, EventFields.EVENT_CATEGORY, EventFields.EVENT_ACTION)) {
            if (reason.contains(field)) {
                return ApiException.badField(field, reason);
            }
        }
        return ApiException.badRequest(reason);
    }
}
