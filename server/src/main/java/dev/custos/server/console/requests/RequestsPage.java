package dev.custos.server.console.requests;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.server.console.ApiCalls;
import dev.custos.server.console.ConsoleRouter.PageRequest;
import dev.custos.server.console.html.Html;
import dev.custos.server.console.pages.Layout;
import dev.custos.server.console.pages.Text;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code /console/requests}: signing requests, newest first, filtered by status. */
public final class RequestsPage {
    static final List<String> STATUSES =
            List.of("pending_approval", "delayed", "signing", "signed", "denied", "failed", "cancelled");
    private static final int PAGE = 100;

    private final ApiCalls api;
    private final Layout layout;

    public RequestsPage(ApiCalls api, Layout layout) {
        this.api = requireNonNull(api, "api is null");
        this.layout = requireNonNull(layout, "layout is null");
    }

    public String render(PageRequest request) {
        Optional<String> status = request.value("status").filter(STATUSES::contains);
        Map<String, List<String>> query = status.isPresent()
                ? Map.of("status", List.of(status.get()), "limit", List.of(Integer.toString(PAGE)))
                : Map.of("limit", List.of(Integer.toString(PAGE)));
        JsonNode answer = api.get(request.session().caller(), "/v1/requests", query);
        return layout.page("Signing requests", Optional.of(request.session()), html -> {
            filter(html, status);
            table(html, answer.path("requests"), status);
        });
    }

    private static void filter(Html html, Optional<String> status) {
        html.open("form", "method", "get", "action", "/console/requests", "class", "inline", "role", "search");
        html.element("label", "Status", "for", "status-filter");
        html.open("select", "id", "status-filter", "name", "status");
        html.element("option", "any", "value", "", "selected", status.isEmpty() ? "" : null);
        for (String value : STATUSES) {
            html.element(
                    "option",
                    Text.words(value),
                    "value",
                    value,
                    "selected",
                    status.filter(value::equals).isPresent() ? "" : null);
        }
        html.close("select");
        html.element("button", "Filter", "type", "submit");
        html.close("form");
    }

    private static void table(Html html, JsonNode requests, Optional<String> status) {
        if (requests.isEmpty()) {
            html.element(
                    "p", status.map(s -> "No " + Text.words(s) + " requests.").orElse("No requests yet."));
            return;
        }
        html.open("table", "class", "data");
        html.element("caption", status.map(s -> Text.words(s) + " requests").orElse("All requests, newest first"));
        html.open("thead").open("tr");
        for (String heading :
                List.of("Request", "Wallet", "Chain", "Status", "Initiator", "Submitted", "Risk", "Claimed USD")) {
            html.element("th", heading, "scope", "col");
        }
        html.close("tr").close("thead");
        html.open("tbody");
        for (JsonNode item : requests) {
            String id = item.path("id").asText();
            String state = item.path("status").asText();
            html.open("tr");
            html.open("th", "scope", "row")
                    .element("a", id, "href", "/console/requests/" + id, "class", "mono")
                    .close("th");
            html.element("td", item.path("wallet").asText());
            html.element("td", item.path("chain").asText());
            html.open("td")
                    .element("span", Text.words(state), "class", "status status-" + state)
                    .close("td");
            html.element("td", item.path("initiator").asText());
            html.element("td", item.path("created_at").asText(), "class", "mono");
            html.element("td", Text.field(item.path("risk"), "score", "—"));
            html.element("td", Text.field(item, "amount_usd", "—"));
            html.close("tr");
        }
        html.close("tbody");
        html.close("table");
    }
}
