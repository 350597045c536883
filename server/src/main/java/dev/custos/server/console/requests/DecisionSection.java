package dev.custos.server.console.requests;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.server.console.html.Html;
import dev.custos.server.console.pages.Text;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The policy's decision on a request as the server last evaluated it: outcome, reasons, matched rules, the groups that
 * still need to approve, the approvals received and whether they count, and time locks with a countdown. Each signer
 * node evaluates again on its own; this is what the server expects them to decide.
 */
final class DecisionSection {
    private DecisionSection() {}

    static void render(Html html, JsonNode document) {
        JsonNode decision = document.path("decision");
        html.open("section", "aria-labelledby", "policy-heading", "class", "panel");
        html.element("h2", "Policy", "id", "policy-heading");
        html.open("dl", "class", "facts");
        html.element("dt", "Decision");
        html.element("dd", Text.field(decision, "decision", "none"), "class", "decision");
        html.element("dt", "Policy version");
        html.element("dd", Text.field(decision, "policy_version", "none"));
        html.element("dt", "Matched rules");
        html.element("dd", join(decision.path("matched_rules"), "none"));
        if (document.hasNonNull("not_before")) {
            countdown(html, "Time lock ends", document.path("not_before").asText());
        }
        if (document.path("approval").hasNonNull("expires_at")) {
            countdown(
                    html,
                    "Approvals accepted until",
                    document.path("approval").path("expires_at").asText());
        }
        html.close("dl");
        if (!decision.path("reasons").isEmpty()) {
            html.element("h3", "Reasons");
            html.open("ul");
            decision.path("reasons").forEach(reason -> html.element("li", Text.visible(reason.asText())));
            html.close("ul");
        }
        required(html, decision.path("required_approvals"));
        received(html, decision.path("approvals"));
        html.close("section");
    }

    private static void countdown(Html html, String label, String instant) {
        html.element("dt", label);
        html.open("dd");
        html.element("time", instant, "datetime", instant, "class", "mono");
        html.element("span", "", "class", "countdown", "data-deadline", instant, "aria-live", "off");
        html.close("dd");
    }

    private static void required(Html html, JsonNode required) {
        html.element("h3", "Approvals needed");
        if (required.isEmpty()) {
            html.element("p", "No group approvals are needed.");
            return;
        }
        html.open("table", "class", "data");
        html.element("caption", "Groups whose quorum must approve");
        html.open("thead").open("tr");
        for (String heading : List.of("Group", "Quorum", "Approved by", "Still needed")) {
            html.element("th", heading, "scope", "col");
        }
        html.close("tr").close("thead").open("tbody");
        for (JsonNode group : required) {
            int quorum = group.path("quorum").asInt();
            int approved = group.path("approved_by").size();
            html.open("tr");
            html.element("th", group.path("group").asText(), "scope", "row");
            html.element("td", Integer.toString(quorum));
            html.element("td", join(group.path("approved_by"), "nobody yet"));
            html.element(
                    "td",
                    Integer.toString(Math.max(0, quorum - approved)),
                    "class",
                    approved >= quorum ? "ok" : "pending");
            html.close("tr");
        }
        html.close("tbody").close("table");
    }

    private static void received(Html html, JsonNode approvals) {
        if (approvals.isEmpty()) {
            return;
        }
        html.open("table", "class", "data");
        html.element("caption", "Approvals received");
        html.open("thead").open("tr");
        for (String heading : List.of("Approver", "Counts", "Why")) {
            html.element("th", heading, "scope", "col");
        }
        html.close("tr").close("thead").open("tbody");
        for (JsonNode approval : approvals) {
            html.open("tr");
            html.element("th", approval.path("approver").asText(), "scope", "row");
            html.element("td", approval.path("counts").asBoolean() ? "yes" : "no");
            html.element("td", Text.visible(approval.path("reason").asText()));
            html.close("tr");
        }
        html.close("tbody").close("table");
    }

    private static String join(JsonNode array, String empty) {
        if (array.isEmpty()) {
            return empty;
        }
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .collect(Collectors.joining(", "));
    }
}
