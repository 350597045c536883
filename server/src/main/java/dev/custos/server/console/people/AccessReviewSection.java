package dev.custos.server.console.people;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.server.access.Role;
import dev.custos.server.api.ApiException;
import dev.custos.server.api.StrictJson;
import dev.custos.server.console.html.Html;
import dev.custos.server.console.pages.Forms;
import dev.custos.server.console.routing.ApiCalls;
import dev.custos.server.console.routing.ConsoleRouter;
import dev.custos.server.console.session.ConsoleSession;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The access review on the People page ({@code GET /v1/access-review}): per person their employment, the powers they
 * hold from every source, what the review finds and when their next attestation is due; admins attest from here
 * ({@code POST /v1/people/{name}/attest}).
 */
public final class AccessReviewSection {
    /** Where the attestation form posts. */
    public static final String ATTEST_PATH = "/console/people/attest";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,99}");

    private final ApiCalls api;

    public AccessReviewSection(ApiCalls api) {
        this.api = requireNonNull(api, "api is null");
    }

    /** Registers the attestation action. */
    public void register(ConsoleRouter router) {
        router.action(ATTEST_PATH, request -> {
            if (!request.session().caller().has(Role.ADMIN)) {
                throw ApiException.forbidden("attesting is for admins");
            }
            String person = request.value("person").orElseThrow(() -> ApiException.badRequest("choose a person"));
            if (!NAME.matcher(person).matches()) {
                throw ApiException.badRequest("not a person's name: " + person);
            }
            String note = request.value("note")
                    .orElseThrow(() -> ApiException.badRequest("write what you reviewed in the note"));
            api.post(
                    request.session().caller(),
                    request.origin(),
                    "/v1/people/" + person + "/attest",
                    StrictJson.write(java.util.Map.of("note", note)));
            return "/console/people#review-" + person;
        });
    }

    /** The section, from the answer of {@code GET /v1/access-review}. */
    static void render(Html html, JsonNode review, ConsoleSession session) {
        html.open("section", "aria-labelledby", "review-heading", "class", "panel");
        html.element("h2", "Access review", "id", "review-heading");
        html.element(
                "p",
                "Least privilege kept, not just granted: approvers who do not approve, passkeys and tokens nobody"
                        + " uses, vetting about to expire, attestations overdue, and leavers who still hold power"
                        + " (docs/PEOPLE.md, \"Access reviews\").");
        JsonNode people = review.path("people");
        if (people.isEmpty()) {
            html.element("p", "Nobody is registered yet.");
            html.close("section");
            return;
        }
        html.open("table", "class", "data");
        html.element(
                "caption",
                review.path("findings").asInt() + " finding(s) at "
                        + review.path("at").asText());
        html.open("thead").open("tr");
        for (String heading : List.of("Person", "Employment", "Powers", "Findings", "Next attestation due")) {
            html.element("th", heading, "scope", "col");
        }
        html.close("tr").close("thead").open("tbody");
        for (JsonNode entry : people) {
            String name = entry.path("person").asText();
            JsonNode powers = entry.path("powers");
            html.open("tr", "id", "review-" + name);
            html.element("th", name, "scope", "row");
            String employment = powers.path("employment").asText();
            html.element(
                    "td",
                    employment.equals("leaving")
                            ? "leaving (last day " + powers.path("leaving_on").asText() + ")"
                            : employment,
                    "class",
                    employment.equals("active") ? null : "warning");
            html.element("td", powers(powers));
            JsonNode findings = entry.path("findings");
            if (findings.isEmpty()) {
                html.element("td", "none", "class", "ok");
            } else {
                html.open("td");
                html.open("ul");
                for (JsonNode finding : findings) {
                    html.element(
                            "li",
                            finding.path("severity").asText() + ": "
                                    + finding.path("message").asText(),
                            "class",
                            finding.path("severity").asText().equals("low") ? "warning" : "error");
                }
                html.close("ul");
                html.close("td");
            }
            html.element("td", entry.path("next_attestation_due").asText(), "class", "mono");
            html.close("tr");
        }
        html.close("tbody").close("table");
        if (session.caller().has(Role.ADMIN)) {
            html.element("h3", "Attest that a person still needs their power");
            Forms.post(html, ATTEST_PATH, session, form -> {
                form.element("label", "Person", "for", "attest-person");
                form.open("select", "id", "attest-person", "name", "person");
                for (JsonNode entry : people) {
                    if (!entry.at("/powers/employment").asText().equals("left")) {
                        String name = entry.path("person").asText();
                        form.element("option", name, "value", name);
                    }
                }
                form.close("select");
                Forms.textField(form, "attest-note", "What you reviewed", "note", true);
                form.element("button", "Attest", "type", "submit");
            });
        }
        html.close("section");
    }

    private static String powers(JsonNode powers) {
        List<String> parts = new ArrayList<>();
        parts.add("roles " + join(powers.path("roles")));
        if (!powers.path("approver_groups").isEmpty()) {
            parts.add("approves in " + join(powers.path("approver_groups")));
        }
        if (!powers.path("reaches_nodes").isEmpty()) {
            parts.add("controls " + join(powers.path("reaches_nodes")));
        }
        if (!powers.path("access").isEmpty()) {
            parts.add("reaches " + join(powers.path("access")));
        }
        parts.add(powers.path("tokens").size() + " token(s)");
        parts.add(powers.path("passkeys").size() + " passkey(s)");
        return String.join("; ", parts);
    }

    private static String join(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .collect(Collectors.joining(", "));
    }
}
