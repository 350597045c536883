package dev.custos.server.console.wallets;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.server.access.Caller;
import dev.custos.server.console.charts.Charts;
import dev.custos.server.console.html.Html;
import dev.custos.server.console.pages.Layout;
import dev.custos.server.console.pages.Text;
import dev.custos.server.console.routing.ApiCalls;
import dev.custos.server.console.routing.ConsoleRouter.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * {@code /console/wallets}: each wallet with its address, scheme, tier, threshold and nodes, its recent requests and
 * the risk scores detection gave them over time.
 */
public final class WalletsPage {
    private static final int RECENT = 20;

    private final ApiCalls api;
    private final Layout layout;

    public WalletsPage(ApiCalls api, Layout layout) {
        this.api = requireNonNull(api, "api is null");
        this.layout = requireNonNull(layout, "layout is null");
    }

    public String render(PageRequest request) {
        Caller caller = request.session().caller();
        JsonNode wallets = api.get(caller, "/v1/wallets", Map.of()).path("wallets");
        return layout.page("Wallets", Optional.of(request.session()), html -> {
            if (wallets.isEmpty()) {
                html.element("p", "No wallets yet. An admin creates one with POST /v1/wallets.");
                return;
            }
            for (JsonNode wallet : wallets) {
                JsonNode requests = api.get(
                                caller,
                                "/v1/requests",
                                Map.of(
                                        "wallet",
                                        List.of(wallet.path("id").asText()),
                                        "limit",
                                        List.of(Integer.toString(RECENT))))
                        .path("requests");
                wallet(html, wallet, requests);
            }
        });
    }

    private static void wallet(Html html, JsonNode wallet, JsonNode requests) {
        String id = wallet.path("id").asText();
        html.open("section", "aria-labelledby", "wallet-" + id, "class", "panel");
        html.element("h2", id, "id", "wallet-" + id);
        html.open("dl", "class", "facts");
        html.element("dt", "Address");
        html.element("dd", wallet.path("address").asText(), "class", "mono wrap");
        html.element("dt", "Scheme");
        html.element("dd", wallet.path("scheme").asText());
        html.element("dt", "Tier");
        html.element("dd", wallet.path("tier").asText());
        html.element("dt", "Threshold");
        html.element(
                "dd",
                wallet.path("threshold").asText() + " of "
                        + wallet.path("nodes").size() + " nodes");
        html.element("dt", "Nodes");
        html.element(
                "dd",
                StreamSupport.stream(wallet.path("nodes").spliterator(), false)
                        .map(JsonNode::asText)
                        .collect(Collectors.joining(", ")));
        html.element("dt", "Public key");
        html.element("dd", wallet.path("public_key").asText(), "class", "mono wrap");
        html.close("dl");
        risk(html, id, requests);
        recent(html, id, requests);
        html.close("section");
    }

    private static void risk(Html html, String id, JsonNode requests) {
        List<Charts.Point> points = new ArrayList<>();
        for (JsonNode request : requests) {
            JsonNode score = request.path("risk").path("score");
            if (score.isInt()) {
                points.add(
                        0,
                        new Charts.Point(
                                request.path("created_at").asText() + " "
                                        + request.path("id").asText(),
                                score.asInt()));
            }
        }
        if (points.isEmpty()) {
            return;
        }
        int highest = points.stream().mapToInt(Charts.Point::value).max().orElse(0);
        html.element("h3", "Risk over time");
        Charts.line(
                html,
                "risk-" + id,
                "Risk scores of the last " + points.size() + " request(s) of " + id + ", oldest left; the highest is "
                        + highest + ".",
                points);
    }

    private static void recent(Html html, String id, JsonNode requests) {
        html.element("h3", "Recent requests");
        if (requests.isEmpty()) {
            html.element("p", "None yet.");
            return;
        }
        html.open("table", "class", "data");
        html.element("caption", "The last " + requests.size() + " request(s) of " + id);
        html.open("thead").open("tr");
        for (String heading : List.of("Request", "Status", "Submitted", "Risk")) {
            html.element("th", heading, "scope", "col");
        }
        html.close("tr").close("thead").open("tbody");
        for (JsonNode request : requests) {
            html.open("tr");
            html.open("th", "scope", "row")
                    .element(
                            "a",
                            request.path("id").asText(),
                            "href",
                            "/console/requests/" + request.path("id").asText(),
                            "class",
                            "mono")
                    .close("th");
            html.element("td", Text.words(request.path("status").asText()));
            html.element("td", request.path("created_at").asText(), "class", "mono");
            html.element("td", Text.field(request.path("risk"), "score", "—"));
            html.close("tr");
        }
        html.close("tbody").close("table");
    }
}
