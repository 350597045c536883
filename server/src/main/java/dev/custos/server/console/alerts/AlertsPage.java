package dev.custos.server.console.alerts;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.server.access.Role;
import dev.custos.server.api.ApiException;
import dev.custos.server.api.StrictJson;
import dev.custos.server.console.charts.Charts;
import dev.custos.server.console.html.Html;
import dev.custos.server.console.pages.Forms;
import dev.custos.server.console.pages.Layout;
import dev.custos.server.console.pages.Text;
import dev.custos.server.console.routing.ApiCalls;
import dev.custos.server.console.routing.ConsoleRouter;
import dev.custos.server.console.routing.ConsoleRouter.PageRequest;
import dev.custos.server.console.session.ConsoleSession;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * {@code /console/alerts}: alerts detection raised (severity, entity, detectors, evidence, first and last seen), their
 * volume over the last two weeks, and for admins and auditors marking an alert a false positive (fed to detection) or
 * confirmed, through {@code POST /v1/alerts/{id}/feedback}.
 */
public final class AlertsPage {
    private static final int DAYS = 14;

    private final ApiCalls api;
    private final Layout layout;

    public AlertsPage(ApiCalls api, Layout layout) {
        this.api = requireNonNull(api, "api is null");
        this.layout = requireNonNull(layout, "layout is null");
    }

    public void register(ConsoleRouter router) {
        router.page("/console/alerts", this::render);
        router.action("/console/alerts/{id}/feedback", request -> {
            String id = Text.requireId(request.path().get("id"), "the alert id");
            String verdict = request.value("verdict").orElseThrow(() -> ApiException.badRequest("choose a verdict"));
            String reason = request.value("reason").orElseThrow(() -> ApiException.badRequest("give a reason"));
            api.post(
                    request.session().caller(),
                    "/v1/alerts/" + id + "/feedback",
                    StrictJson.write(Map.of("verdict", verdict, "reason", reason)));
            return "/console/alerts";
        });
    }

    private String render(PageRequest request) {
        JsonNode alerts = api.get(request.session().caller(), "/v1/alerts", Map.of("limit", List.of("500")))
                .path("alerts");
        ConsoleSession session = request.session();
        return layout.page("Alerts", Optional.of(session), html -> {
            volume(html, alerts);
            if (alerts.isEmpty()) {
                html.element("p", "No alerts yet.");
                return;
            }
            table(html, alerts, session);
        });
    }

    private static void volume(Html html, JsonNode alerts) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<LocalDate, int[]> days = new LinkedHashMap<>();
        for (int i = DAYS - 1; i >= 0; i--) {
            days.put(today.minusDays(i), new int[2]);
        }
        for (JsonNode alert : alerts) {
            day(alert.path("@timestamp").asText()).map(days::get).ifPresent(counts -> {
                counts[0]++;
                String severity = alert.path("severity").asText();
                if (severity.equals("high") || severity.equals("critical")) {
                    counts[1]++;
                }
            });
        }
        List<Charts.Bar> bars = new ArrayList<>();
        int total = 0;
        int high = 0;
        for (Map.Entry<LocalDate, int[]> day : days.entrySet()) {
            bars.add(new Charts.Bar(day.getKey().toString().substring(5), day.getValue()[0], day.getValue()[1] > 0));
            total += day.getValue()[0];
            high += day.getValue()[1];
        }
        html.element("h2", "Alert volume, last " + DAYS + " days");
        Charts.bars(
                html,
                "alert-volume",
                total + " alert(s) in the last " + DAYS + " days, " + high
                        + " of them high or critical (days with any are drawn red).",
                bars);
    }

    private static Optional<LocalDate> day(String timestamp) {
        try {
            return Optional.of(LocalDate.ofInstant(Instant.parse(timestamp), ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static void table(Html html, JsonNode alerts, ConsoleSession session) {
        boolean mayMark = session.caller().has(Role.ADMIN) || session.caller().has(Role.AUDITOR);
        html.element("h2", "Alerts, newest first");
        html.open("table", "class", "data");
        html.element("caption", alerts.size() + " alert(s)");
        html.open("thead").open("tr");
        List<String> headings = new ArrayList<>(
                List.of("Severity", "Entity", "What, detectors and evidence", "First and last seen", "Feedback"));
        for (String heading : headings) {
            html.element("th", heading, "scope", "col");
        }
        html.close("tr").close("thead").open("tbody");
        for (JsonNode alert : alerts) {
            String id = alert.path("id").asText();
            String severity = alert.path("severity").asText("unknown");
            html.open("tr", "id", "alert-" + id);
            html.open("th", "scope", "row")
                    .element(
                            "span",
                            severity + " (" + alert.path("score").asText("?") + ")",
                            "class",
                            "severity severity-" + severity)
                    .close("th");
            html.element(
                    "td",
                    alert.path("entity").path("type").asText() + " "
                            + Text.visible(alert.path("entity").path("id").asText()));
            html.open("td", "class", "breakable");
            html.element("div", Text.visible(alert.path("summary").asText()));
            html.element("div", "Detectors: " + join(alert.path("detectors")), "class", "hint");
            html.element("div", "Evidence: " + join(alert.path("evidence")), "class", "hint mono");
            html.close("td");
            List<String> seen = seen(alert);
            html.open("td", "class", "mono time");
            html.element("div", seen.get(0));
            html.element("div", seen.get(1));
            html.close("td");
            html.open("td");
            JsonNode feedback = alert.path("feedback");
            if (!feedback.isMissingNode()) {
                html.element(
                        "div",
                        Text.words(feedback.path("verdict").asText()) + " by "
                                + feedback.path("by").asText() + ": "
                                + Text.visible(feedback.path("reason").asText()));
            }
            if (mayMark) {
                feedbackForm(html, session, id);
            }
            html.close("td");
            html.close("tr");
        }
        html.close("tbody").close("table");
    }

    private static void feedbackForm(Html html, ConsoleSession session, String id) {
        String field = "reason-" + id.replaceAll("[^A-Za-z0-9_-]", "_");
        html.open("form", "method", "post", "action", "/console/alerts/" + id + "/feedback", "class", "stack-action");
        html.empty("input", "type", "hidden", "name", Forms.CSRF_FIELD, "value", session.csrfToken());
        html.element("label", "Reason", "for", field);
        html.empty("input", "type", "text", "id", field, "name", "reason", "required", "", "autocomplete", "off");
        html.element("button", "False positive", "type", "submit", "name", "verdict", "value", "false_positive");
        html.element("button", "Confirmed", "type", "submit", "name", "verdict", "value", "confirmed");
        html.close("form");
    }

    /** First and last seen: the earliest and latest evidence timestamps, else the alert's own time. */
    private static List<String> seen(JsonNode alert) {
        List<String> times = StreamSupport.stream(alert.path("evidence").spliterator(), false)
                .map(JsonNode::asText)
                .filter(text -> {
                    try {
                        Instant.parse(text);
                        return true;
                    } catch (DateTimeParseException e) {
                        return false;
                    }
                })
                .sorted()
                .collect(Collectors.toList());
        String own = alert.path("@timestamp").asText("—");
        return times.isEmpty() ? List.of(own, own) : List.of(times.get(0), times.get(times.size() - 1));
    }

    private static String join(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(item -> Text.visible(item.isTextual() ? item.asText() : item.toString()))
                .collect(Collectors.joining(", "));
    }
}
