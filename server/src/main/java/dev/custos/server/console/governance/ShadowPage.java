package dev.custos.server.console.governance;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.server.access.Role;
import dev.custos.server.api.ApiException;
import dev.custos.server.console.html.Html;
import dev.custos.server.console.pages.Forms;
import dev.custos.server.console.pages.Layout;
import dev.custos.server.console.pages.Text;
import dev.custos.server.console.routing.ApiCalls;
import dev.custos.server.console.routing.ConsoleRouter;
import dev.custos.server.console.routing.ConsoleRouter.PageRequest;
import dev.custos.server.console.session.ConsoleSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The shadow comparison of a draft policy against the recent requests ({@code POST /v1/policy/shadow}), for admins and
 * auditors: the Policy page offers the form with the active document to edit; the answer is a page listing, per
 * request, what the active policy and the draft would each do before approvals, the changed ones first.
 */
public final class ShadowPage {
    /** Where the form posts. */
    public static final String PATH = "/console/policy/shadow";

    private final ApiCalls api;
    private final Layout layout;

    public ShadowPage(ApiCalls api, Layout layout) {
        this.api = requireNonNull(api, "api is null");
        this.layout = requireNonNull(layout, "layout is null");
    }

    /** Where a compared draft is proposed. */
    public static final String PROPOSE = "/console/policy/propose";

    public void register(ConsoleRouter router) {
        router.actionPage(PATH, this::compare);
        router.action(PROPOSE, request -> {
            if (!request.session().caller().has(Role.ADMIN)) {
                throw ApiException.forbidden("proposing a policy change is for admins");
            }
            String draft =
                    request.value("document").orElseThrow(() -> ApiException.badRequest("the draft policy is empty"));
            JsonNode proposal = api.post(request.session().caller(), request.origin(), "/v1/policy/proposals", draft);
            return "/console/policy#" + Text.requireId(proposal.path("id").asText(), "the proposal id");
        });
    }

    /** The form, for admins and auditors when a policy is active. */
    static void render(Html html, String activeDocument, ConsoleSession session) {
        if (!session.caller().has(Role.ADMIN) && !session.caller().has(Role.AUDITOR)) {
            return;
        }
        html.open("section", "aria-labelledby", "shadow-heading", "class", "panel");
        html.element("h2", "Compare a draft with recent requests", "id", "shadow-heading");
        html.element(
                "p",
                "Edit the active policy below and compare: both decide the latest 100 requests again from their"
                        + " payloads, before approvals, with detection's score as it was. Nothing is changed.");
        Forms.post(html, PATH, session, form -> {
            form.element("label", "Draft policy (JSON)", "for", "shadow-draft");
            form.textarea(
                    activeDocument,
                    "id",
                    "shadow-draft",
                    "name",
                    "document",
                    "rows",
                    "12",
                    "class",
                    "mono",
                    "spellcheck",
                    "false");
            form.element("button", "Compare with recent requests", "type", "submit");
        });
        html.close("section");
    }

    private String compare(PageRequest request) {
        String draft =
                request.value("document").orElseThrow(() -> ApiException.badRequest("the draft policy is empty"));
        JsonNode result = api.post(request.session().caller(), "/v1/policy/shadow", draft);
        List<JsonNode> rows = new ArrayList<>();
        result.path("requests").forEach(rows::add);
        rows.sort((a, b) ->
                Boolean.compare(b.path("changed").asBoolean(), a.path("changed").asBoolean()));
        return layout.page("Shadow comparison", Optional.of(request.session()), html -> {
            html.element(
                    "p",
                    "Draft version " + result.path("draft_version").asText() + " against active version "
                            + result.path("active_version").asText() + ": "
                            + result.path("changed").asText()
                            + " of " + result.path("compared").asText()
                            + " recent requests would be decided differently.",
                    "id",
                    "shadow-summary");
            html.open("table", "class", "data");
            html.element("caption", "Decisions before approvals (changed first)");
            html.open("thead").open("tr");
            for (String heading : List.of("Request", "Wallet", "Submitted", "Active policy", "Draft", "Changed")) {
                html.element("th", heading, "scope", "col");
            }
            html.close("tr").close("thead").open("tbody");
            for (JsonNode row : rows) {
                html.open("tr", "class", row.path("changed").asBoolean() ? "changed" : null);
                html.element("th", row.path("id").asText(), "scope", "row", "class", "mono");
                html.element("td", row.path("wallet").asText());
                html.element("td", row.path("created_at").asText(), "class", "mono");
                html.element("td", describe(row.path("active")));
                html.element("td", describe(row.path("draft")));
                html.element("td", row.path("changed").asBoolean() ? "yes" : "no");
                html.close("tr");
            }
            html.close("tbody").close("table");
            if (request.session().caller().has(Role.ADMIN)) {
                html.open("section", "aria-labelledby", "propose-heading", "class", "panel");
                html.element("h2", "Propose this draft", "id", "propose-heading");
                html.element(
                        "p",
                        "A governed change: stricter-only changes apply once one admin approves; any other change"
                                + " needs the admin quorum and waits out the time lock.");
                Forms.post(html, PROPOSE, request.session(), form -> {
                    form.element("label", "Draft policy (JSON)", "for", "propose-draft");
                    form.textarea(
                            draft,
                            "id",
                            "propose-draft",
                            "name",
                            "document",
                            "rows",
                            "8",
                            "class",
                            "mono",
                            "spellcheck",
                            "false");
                    form.element("button", "Propose this draft", "type", "submit");
                });
                html.close("section");
            }
        });
    }

    private static String describe(JsonNode decision) {
        String outcome = decision.path("outcome").asText();
        List<String> approvals = new ArrayList<>();
        decision.path("approvals").forEach(approval -> approvals.add(approval.asText()));
        StringBuilder text = new StringBuilder(outcome);
        if (!approvals.isEmpty()) {
            text.append(" (").append(String.join(", ", approvals)).append(')');
        }
        if (decision.has("delay_seconds")) {
            text.append(", delay ")
                    .append(decision.path("delay_seconds").asText())
                    .append(" s");
        }
        if (decision.has("reason")) {
            text.append(": ").append(decision.path("reason").asText());
        }
        return text.toString();
    }
}
