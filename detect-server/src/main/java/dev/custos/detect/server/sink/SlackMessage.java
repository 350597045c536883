package dev.custos.detect.server.sink;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.output.Alert;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A Slack incoming-webhook payload for an alert: {@code {"text": fallback, "blocks": [header, fields (severity,
 * entity, score, detectors), summary, context (id, time)]}}. Text is escaped for Slack mrkdwn and cut to Slack's limits.
 */
public final class SlackMessage {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int HEADER_LIMIT = 150;
    private static final int FIELD_LIMIT = 2000;
    private static final int TEXT_LIMIT = 3000;

    private SlackMessage() {}

    public static ObjectNode of(Alert alert) {
        requireNonNull(alert, "alert is null");
        String severity = alert.severity().toUpperCase(Locale.ROOT);
        ObjectNode message = MAPPER.createObjectNode();
        message.put(
                "text",
                cut(
                        "[" + severity + "] Custos alert on " + alert.entity() + " (score " + alert.score() + "): "
                                + alert.summary(),
                        TEXT_LIMIT));
        ArrayNode blocks = message.putArray("blocks");
        ObjectNode header = blocks.addObject();
        header.put("type", "header");
        plain(header.putObject("text"), cut(severity + " alert: " + alert.entity(), HEADER_LIMIT));
        ObjectNode facts = blocks.addObject();
        facts.put("type", "section");
        ArrayNode fields = facts.putArray("fields");
        field(fields, "Severity", alert.severity());
        field(fields, "Entity", alert.entity().toString());
        field(fields, "Score", alert.score() + " / 100");
        field(fields, "Detectors", String.join(", ", alert.detectors()));
        ObjectNode summary = blocks.addObject();
        summary.put("type", "section");
        markdown(summary.putObject("text"), cut(escape(alert.summary()), TEXT_LIMIT));
        ObjectNode context = blocks.addObject();
        context.put("type", "context");
        markdown(
                context.putArray("elements").addObject(),
                cut(
                        escape("alert " + alert.id() + " at "
                                + DateTimeFormatter.ISO_INSTANT.format(alert.timestamp()) + ", "
                                + alert.evidence().size() + " evidence events"),
                        FIELD_LIMIT));
        return message;
    }

    private static void field(ArrayNode fields, String title, String value) {
        markdown(fields.addObject(), cut("*" + title + "*\n" + escape(value), FIELD_LIMIT));
    }

    private static void plain(ObjectNode node, String text) {
        node.put("type", "plain_text");
        node.put("text", text);
    }

    private static void markdown(ObjectNode node, String text) {
        node.put("type", "mrkdwn");
        node.put("text", text);
    }

    /** Slack's three control characters; everything else is shown as is. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String cut(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
    }
}
