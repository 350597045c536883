package dev.custos.server.console.nodes;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.server.console.pages.Layout;
import dev.custos.server.console.routing.ApiCalls;
import dev.custos.server.console.routing.ConsoleRouter.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** {@code /console/nodes}: the signer nodes of the committee, whether each is connected now, and who operates it. */
public final class NodesPage {
    private final ApiCalls api;
    private final Layout layout;

    public NodesPage(ApiCalls api, Layout layout) {
        this.api = requireNonNull(api, "api is null");
        this.layout = requireNonNull(layout, "layout is null");
    }

    public String render(PageRequest request) {
        JsonNode nodes = api.get(request.session().caller(), "/v1/nodes", Map.of());
        long connected = StreamSupport.stream(nodes.spliterator(), false)
                .filter(node -> node.path("connected").asBoolean())
                .count();
        return layout.page("Signer nodes", Optional.of(request.session()), html -> {
            html.element(
                    "p",
                    connected + " of " + nodes.size() + " node(s) connected now. Each node decodes, checks"
                            + " and decides on its own before it signs (docs/NODES.md).");
            html.open("table", "class", "data");
            html.element("caption", "The committee");
            html.open("thead").open("tr");
            for (String heading : List.of("Node", "Connected", "Last seen", "Operators")) {
                html.element("th", heading, "scope", "col");
            }
            html.close("tr").close("thead").open("tbody");
            for (JsonNode node : nodes) {
                boolean up = node.path("connected").asBoolean();
                html.open("tr");
                html.element("th", node.path("id").asText(), "scope", "row");
                html.element("td", up ? "yes" : "no", "class", up ? "ok" : "error");
                String seen = node.path("last_seen").asText("");
                html.element(
                        "td",
                        node.path("last_seen").isNull() || seen.isEmpty() ? "not since the server started" : seen,
                        "class",
                        "mono");
                String operators = StreamSupport.stream(node.path("operators").spliterator(), false)
                        .map(JsonNode::asText)
                        .collect(Collectors.joining(", "));
                html.element("td", operators.isEmpty() ? "nobody named yet" : operators);
                html.close("tr");
            }
            html.close("tbody").close("table");
        });
    }
}
