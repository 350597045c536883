package dev.custos.server.console.people;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.server.access.Caller;
import dev.custos.server.access.Role;
import dev.custos.server.console.html.Html;
import dev.custos.server.console.pages.Layout;
import dev.custos.server.console.routing.ApiCalls;
import dev.custos.server.console.routing.ConsoleRouter.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * {@code /console/people} (admins and auditors, as {@code GET /v1/people}): the people registry with roles and
 * vetting, and per wallet how many people an attacker must turn ({@code GET /v1/exposure}).
 */
public final class PeoplePage {
    private final ApiCalls api;
    private final Layout layout;

    public PeoplePage(ApiCalls api, Layout layout) {
        this.api = requireNonNull(api, "api is null");
        this.layout = requireNonNull(layout, "layout is null");
    }

    public String render(PageRequest request) {
        Caller caller = request.session().caller();
        if (!caller.has(Role.ADMIN) && !caller.has(Role.AUDITOR)) {
            return layout.page(
                    "People",
                    Optional.of(request.session()),
                    html -> html.element("p", "The people registry is shown to admins and auditors."));
        }
        JsonNode people = api.get(caller, "/v1/people", Map.of()).path("people");
        JsonNode exposure = api.get(caller, "/v1/exposure", Map.of()).path("wallets");
        return layout.page("People", Optional.of(request.session()), html -> {
            people(html, people);
            exposure(html, exposure);
        });
    }

    private static void people(Html html, JsonNode people) {
        if (people.isEmpty()) {
            html.element("p", "Nobody is registered yet (POST /v1/people).");
            return;
        }
        html.open("table", "class", "data");
        html.element("caption", "Registered people");
        html.open("thead").open("tr");
        for (String heading : List.of("Name", "Roles", "Vetting", "Vetting valid until")) {
            html.element("th", heading, "scope", "col");
        }
        html.close("tr").close("thead").open("tbody");
        for (JsonNode person : people) {
            html.open("tr", "id", "person-" + person.path("name").asText());
            html.element("th", person.path("name").asText(), "scope", "row");
            html.element("td", join(person.path("roles")));
            html.element("td", person.path("vetting").path("level").asText());
            html.element("td", person.path("vetting").path("valid_until").asText(), "class", "mono");
            html.close("tr");
        }
        html.close("tbody").close("table");
    }

    private static void exposure(Html html, JsonNode wallets) {
        html.element("h2", "Exposure: people an attacker must turn");
        if (wallets.isEmpty()) {
            html.element("p", "No wallets yet.");
            return;
        }
        html.open("table", "class", "data");
        html.element("caption", "Per wallet (docs/PEOPLE.md)");
        html.open("thead").open("tr");
        for (String heading : List.of(
                "Wallet",
                "To sign outside the policy",
                "To pass the policy",
                "To change the policy",
                "Single points of failure")) {
            html.element("th", heading, "scope", "col");
        }
        html.close("tr").close("thead").open("tbody");
        for (JsonNode wallet : wallets) {
            html.open("tr");
            html.element("th", wallet.path("wallet").asText(), "scope", "row");
            html.element("td", wallet.path("sign_outside_policy").asText());
            html.element("td", wallet.path("pass_policy").asText());
            html.element("td", wallet.path("change_policy").asText());
            String single = join(wallet.path("single_points_of_failure"));
            html.element("td", single.isEmpty() ? "none" : single, "class", single.isEmpty() ? "ok" : "error");
            html.close("tr");
        }
        html.close("tbody").close("table");
    }

    private static String join(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .collect(Collectors.joining(", "));
    }
}
