package dev.custos.detect.output;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.explain.KillChainStage;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Renders pipeline outputs as the JSON objects of docs/EVENTS.md ("Outputs"), or as one readable line each. */
public final class OutputFormat {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private OutputFormat() {}

    /** The {@code alert} or {@code decision} object of docs/EVENTS.md. */
    public static ObjectNode toJson(PipelineOutput output) {
        requireNonNull(output, "output is null");
        return switch (output) {
            case Alert alert -> alert(alert);
            case SigningDecision decision -> decision(decision);
        };
    }

    /** One human-readable line. */
    public static String toText(PipelineOutput output) {
        requireNonNull(output, "output is null");
        return switch (output) {
            case Alert alert ->
                String.format(
                        Locale.ROOT,
                        "%s ALERT %s score=%d %s %s (%s) evidence=%s: %s",
                        DateTimeFormatter.ISO_INSTANT.format(alert.timestamp()),
                        alert.severity().toUpperCase(Locale.ROOT),
                        alert.score(),
                        alert.entity(),
                        alert.id(),
                        String.join(",", alert.detectors()),
                        alert.evidence().size(),
                        alert.summary());
            case SigningDecision decision ->
                String.format(
                        Locale.ROOT,
                        "%s DECISION %s risk=%d request %s: %s",
                        DateTimeFormatter.ISO_INSTANT.format(decision.timestamp()),
                        decision.decision().wireName().toUpperCase(Locale.ROOT),
                        decision.risk(),
                        decision.requestId(),
                        String.join(" | ", decision.reasons()));
        };
    }

    private static ObjectNode alert(Alert alert) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("type", "alert");
        node.put("@timestamp", DateTimeFormatter.ISO_INSTANT.format(alert.timestamp()));
        node.put("id", alert.id());
        node.put("severity", alert.severity());
        node.put("score", alert.score());
        ObjectNode entity = node.putObject("entity");
        entity.put("type", alert.entity().type().label());
        entity.put("id", alert.entity().id());
        ArrayNode detectors = node.putArray("detectors");
        alert.detectors().forEach(detectors::add);
        node.put("summary", alert.summary());
        ArrayNode evidence = node.putArray("evidence");
        alert.evidence().forEach(evidence::add);
        ArrayNode stages = node.putArray("stages");
        alert.stages().stream().map(KillChainStage::label).forEach(stages::add);
        return node;
    }

    private static ObjectNode decision(SigningDecision decision) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("type", "decision");
        node.put("@timestamp", DateTimeFormatter.ISO_INSTANT.format(decision.timestamp()));
        node.put("request_id", decision.requestId());
        node.put("decision", decision.decision().wireName());
        node.put("risk", decision.risk());
        ArrayNode reasons = node.putArray("reasons");
        decision.reasons().forEach(reasons::add);
        return node;
    }
}
