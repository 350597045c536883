package dev.custos.server.console.people;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.server.access.Caller;
import dev.custos.server.access.Role;
import dev.custos.server.api.ApiException;
import dev.custos.server.console.charts.Charts;
import dev.custos.server.console.html.Html;
import dev.custos.server.console.pages.Layout;
import dev.custos.server.console.routing.ApiCalls;
import dev.custos.server.console.routing.ConsoleRouter.PageRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * {@code /console/people} (admins and auditors, as {@code GET /v1/people}): the people registry with roles and
 * vetting, the access review with each person's powers and employment ({@code GET /v1/access-review}), per wallet how
 * many people an attacker must turn ({@code GET /v1/exposure}), and per initiator the risk of their recent requests
 * over time.
 */
public final class PeoplePage {
    private static final int RECENT = 200;

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
        JsonNode requests = api.get(caller, "/v1/requests", Map.of("limit", List.of(Integer.toString(RECENT))))
                .path("requests");
        Map<String, String> passkeys = passkeys(caller, people);
        JsonNode review = api.get(caller, "/v1/access-review", Map.of());
        return layout.page("People", Optional.of(request.session()), html -> {
            people(html, people, passkeys);
            AccessReviewSection.render(html, review, request.session());
            exposure(html, exposure);
            risk(html, requests);
        });
    }

    /** Per initiator, the risk detection gave their recent requests, oldest left. */
    private static void risk(Html html, JsonNode requests) {
        Map<String, List<Charts.Point>> byPerson = new TreeMap<>();
        for (JsonNode request : requests) {
            JsonNode score = request.path("risk").path("score");
            if (score.isInt()) {
                byPerson.computeIfAbsent(request.path("initiator").asText(), name -> new ArrayList<>())
                        .add(
                                0,
                                new Charts.Point(
                                        request.path("created_at").asText() + " "
                                                + request.path("id").asText(),
                                        score.asInt()));
            }
        }
        if (byPerson.isEmpty()) {
            return;
        }
        html.element("h2", "Risk of each initiator's requests");
        for (Map.Entry<String, List<Charts.Point>> person : byPerson.entrySet()) {
            int highest = person.getValue().stream()
                    .mapToInt(Charts.Point::value)
                    .max()
                    .orElse(0);
            html.element("h3", person.getKey());
            Charts.line(
                    html,
                    "risk-person-" + person.getKey().replaceAll("[^A-Za-z0-9_-]", "_"),
                    "Risk scores of " + person.getKey() + "'s last "
                            + person.getValue().size() + " request(s), oldest left; the highest is " + highest + ".",
                    person.getValue());
        }
    }

    /**
     * Per person, their enrolled passkeys and how many of them the active policy names (only those count for
     * approvals): {@code "2 (1 in the policy)"}.
     */
    private Map<String, String> passkeys(Caller caller, JsonNode people) {
        Set<String> inPolicy = new HashSet<>();
        try {
            api.get(caller, "/v1/policy", Map.of())
                    .path("approvers")
                    .forEach(approver -> approver.path("passkeys")
                            .forEach(key ->
                                    inPolicy.add(key.path("credential_id").asText())));
        } catch (ApiException e) {
            if (e.status() != 404) {
                throw e;
            }
        }
        Map<String, String> summary = new TreeMap<>();
        for (JsonNode person : people) {
            String name = person.path("name").asText();
            JsonNode keys = api.get(caller, "/v1/people/" + name + "/passkeys", Map.of())
                    .path("passkeys");
            long counted = StreamSupport.stream(keys.spliterator(), false)
                    .filter(key -> inPolicy.contains(key.path("credential_id").asText()))
                    .count();
            summary.put(name, keys.isEmpty() ? "none" : keys.size() + " (" + counted + " in the policy)");
        }
        return summary;
    }

    private static void people(Html html, JsonNode people, Map<String, String> passkeys) {
        if (people.isEmpty()) {
            html.element("p", "Nobody is registered yet (POST /v1/people).");
            return;
        }
        html.open("table", "class", "data");
        html.element("caption", "Registered people");
        html.open("thead").open("tr");
        for (String heading : List.of("Name", "Roles", "Vetting", "Vetting valid until", "Passkeys")) {
            html.element("th", heading, "scope", "col");
        }
        html.close("tr").close("thead").open("tbody");
        for (JsonNode person : people) {
            html.open("tr", "id", "person-" + person.path("name").asText());
            html.element("th", person.path("name").asText(), "scope", "row");
            html.element("td", join(person.path("roles")));
            html.element("td", person.path("vetting").path("level").asText());
            html.element("td", person.path("vetting").path("valid_until").asText(), "class", "mono");
            html.element("td", passkeys.getOrDefault(person.path("name").asText(), "none"), "class", "passkeys");
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
