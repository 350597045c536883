package dev.custos.detect.server.http;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.detect.event.Event;
import dev.custos.detect.event.EventParser;
import dev.custos.detect.event.MalformedLine;
import dev.custos.detect.event.ParsedLine;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a {@code POST /v1/events} body into events: NDJSON (one event per line, line numbers 1-based) or, for
 * {@code application/json}, one JSON object that may span lines (line 1). Bad lines are collected, never fatal.
 */
final class EventBodies {
    /** Stateless apart from its thread-safe Jackson mapper, so one instance serves every handler thread. */
    private static final EventParser PARSER = new EventParser();

    private EventBodies() {}

    /**
     * The parsed events and the rejected lines, in input order.
     *
     * @param events well-formed events
     * @param rejected malformed lines
     */
    record Parsed(List<Event> events, List<MalformedLine> rejected) {
        Parsed {
            events = List.copyOf(events);
            rejected = List.copyOf(rejected);
        }
    }

    static Parsed ndjson(String body) {
        requireNonNull(body, "body is null");
        List<Event> events = new ArrayList<>();
        List<MalformedLine> rejected = new ArrayList<>();
        long lineNumber = 0;
        for (String line : body.split("\n", -1)) {
            lineNumber++;
            String text = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            switch (PARSER.parse(text, lineNumber)) {
                case ParsedLine.Parsed parsed -> events.add(parsed.event());
                case ParsedLine.Blank blank -> {}
                case ParsedLine.Malformed bad -> rejected.add(bad.line());
            }
        }
        return new Parsed(events, rejected);
    }

    static Parsed singleObject(String body) {
        requireNonNull(body, "body is null");
        JsonNode root;
        try {
            root = Exchanges.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            return new Parsed(List.of(), List.of(new MalformedLine(1, "invalid JSON: " + e.getOriginalMessage())));
        }
        if (root == null || !root.isObject()) {
            return new Parsed(List.of(), List.of(new MalformedLine(1, "not a JSON object")));
        }
        return ndjson(root.toString());
    }
}
