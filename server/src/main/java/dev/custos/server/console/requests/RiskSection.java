package dev.custos.server.console.requests;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.server.console.html.Html;
import dev.custos.server.console.pages.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** The risk verdict of a request: score, verdict, reasons, and the alerts it raised as a timeline with evidence. */
final class RiskSection {
    private RiskSection() {}

    static void render(Html html, JsonNode document, List<JsonNode> alerts) {
        JsonNode risk = document.path("risk");
        html.open("section", "aria-labelledby", "risk-heading", "class", "panel");
        html.element("h2", "Risk", "id", "risk-heading");
        html.open("dl", "class", "facts");
        html.element("dt", "Score (0 to 100)");
        html.element("dd", Text.field(risk, "score", "none"), "class", "risk-score");
        html.element("dt", "Verdict");
        html.element("dd", Text.field(risk, "verdict", "none"));
        html.close("dl");
        if (!risk.path("reasons").isEmpty()) {
            html.open("ul");
            risk.path("reasons").forEach(reason -> html.element("li", Text.visible(reason.asText())));
            html.close("ul");
        }
        html.element("h3", "Detectors that fired");
        if (alerts.isEmpty()) {
            html.element("p", "No alerts were raised for this request.");
        } else {
            timeline(html, alerts);
        }
        html.close("section");
    }

    /** Alerts as an ordered timeline, oldest first, each with its detectors and evidence. */
    static void timeline(Html html, List<JsonNode> alerts) {
        List<JsonNode> ordered = new ArrayList<>(alerts);
        ordered.sort(Comparator.comparing(alert -> alert.path("@timestamp").asText()));
        html.open("ol", "class", "timeline");
        for (JsonNode alert : ordered) {
            String severity = alert.path("severity").asText("unknown");
            html.open("li", "class", "timeline-item severity-" + severity);
            html.element(
                    "time",
                    alert.path("@timestamp").asText(),
                    "datetime",
                    alert.path("@timestamp").asText());
            html.element("span", severity, "class", "severity severity-" + severity);
            html.element("span", " score " + alert.path("score").asText("?") + ": ");
            html.element("span", Text.visible(alert.path("summary").asText()));
            html.element("div", "Detectors: " + join(alert.path("detectors")), "class", "hint");
            if (!alert.path("evidence").isEmpty()) {
                html.element("div", "Evidence: " + join(alert.path("evidence")), "class", "hint mono wrap");
            }
            html.close("li");
        }
        html.close("ol");
    }

    private static String join(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(item -> Text.visible(item.isTextual() ? item.asText() : item.toString()))
                .collect(Collectors.joining(", "));
    }
}
