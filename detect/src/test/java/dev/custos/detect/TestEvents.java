package dev.custos.detect;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.event.Event;
import dev.custos.detect.event.EventParser;
import dev.custos.detect.event.ParsedLine;
import java.time.Instant;

/** Builds events for tests through the real parser, with dotted field names. */
public final class TestEvents {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final EventParser PARSER = new EventParser();

    private final ObjectNode node = MAPPER.createObjectNode();

    private TestEvents(Instant time, String category, String action) {
        node.put("@timestamp", time.toString());
        node.put("event.category", category);
        node.put("event.action", action);
    }

    public static TestEvents event(Instant time, String category, String action) {
        return new TestEvents(time, category, action);
    }

    public static TestEvents login(Instant time, String user) {
        return event(time, "authentication", "login").with("user.name", user).with("event.outcome", "success");
    }

    public static TestEvents failedLogin(Instant time, String user) {
        return event(time, "authentication", "login").with("user.name", user).with("event.outcome", "failure");
    }

    public static TestEvents signing(Instant time, String user, String wallet, String to, double amountUsd) {
        return event(time, "api", "signing.request")
                .with("user.name", user)
                .with("custos.wallet.id", wallet)
                .with("custos.tx.to", to)
                .with("custos.tx.amount_usd", amountUsd);
    }

    public TestEvents with(String field, String value) {
        node.put(field, value);
        return this;
    }

    public TestEvents with(String field, double value) {
        node.put(field, value);
        return this;
    }

    public TestEvents with(String field, long value) {
        node.put(field, value);
        return this;
    }

    /** An array of texts (ECS list fields such as {@code custos.approvals}). */
    public TestEvents withTexts(String field, String... values) {
        com.fasterxml.jackson.databind.node.ArrayNode array = node.putArray(field);
        for (String value : values) {
            array.add(value);
        }
        return this;
    }

    public String json() {
        return node.toString();
    }

    public Event build() {
        ParsedLine parsed = PARSER.parse(json(), 1);
        if (parsed instanceof ParsedLine.Parsed(Event event)) {
            return event;
        }
        throw new IllegalStateException("test event did not parse: " + parsed);
    }
}
