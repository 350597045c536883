package dev.custos.server.console.governance;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.custos.policy.approval.digest.TransferText;
import dev.custos.server.access.Caller;
import dev.custos.server.access.Role;
import dev.custos.server.api.ApiException;
import dev.custos.server.console.html.Html;
import dev.custos.server.console.pages.Layout;
import dev.custos.server.console.pages.Text;
import dev.custos.server.console.routing.ApiCalls;
import dev.custos.server.console.routing.ConsoleRouter.PageRequest;
import dev.custos.server.console.session.ConsoleSession;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * {@code /console/policy}: the active policy (version, rules, approvers, the whole document) and the governed
 * proposals with their status, admin approvals and time locks counting down.
 */
public final class PolicyPage {
    private static final JsonMapper PRETTY =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final ApiCalls api;
    private final Layout layout;

    public PolicyPage(ApiCalls api, Layout layout) {
        this.api = requireNonNull(api, "api is null");
        this.layout = requireNonNull(layout, "layout is null");
    }

    public String render(PageRequest request) {
        Caller caller = request.session().caller();
        Optional<JsonNode> policy;
        try {
            policy = Optional.of(api.get(caller, "/v1/policy", Map.of()));
        } catch (ApiException e) {
            if (e.status() != 404) {
                throw e;
            }
            policy = Optional.empty();
        }
        JsonNode proposals = api.get(caller, "/v1/policy/proposals", Map.of()).path("proposals");
        Optional<JsonNode> active = policy;
        return layout.page("Policy", Optional.of(request.session()), html -> {
            active.ifPresent(document -> FreezeAction.render(html, document, request.session()));
            active.ifPresent(document -> ShadowPage.render(html, pretty(document), request.session()));
            active.ifPresentOrElse(
                    document -> activePolicy(html, document),
                    () -> html.element(
                            "p",
                            "No policy is active yet: the nodes sign nothing until an admin puts"
                                    + " the first one (PUT /v1/policy)."));
            proposals(html, proposals, request.session());
            layout.script(html, "passkeys.js");
        });
    }

    private static void activePolicy(Html html, JsonNode document) {
        html.open("section", "aria-labelledby", "active-heading", "class", "panel");
        html.element(
                "h2",
                "Active policy, version " + document.path("policy_version").asText(),
                "id",
                "active-heading");
        html.open("table", "class", "data");
        html.element("caption", "Rules, in the order they are evaluated");
        html.open("thead").open("tr");
        for (String heading : List.of("Rule", "Effect", "Condition")) {
            html.element("th", heading, "scope", "col");
        }
        html.close("tr").close("thead").open("tbody");
        for (JsonNode rule : document.path("rules")) {
            html.open("tr");
            html.element("th", rule.path("id").asText(), "scope", "row");
            html.element(
                    "td",
                    rule.path("effect").isTextual()
                            ? rule.path("effect").asText()
                            : rule.path("effect").toString(),
                    "class",
                    "mono");
            html.element("td", Text.visible(rule.path("condition").asText()), "class", "mono");
            html.close("tr");
        }
        html.close("tbody").close("table");
        html.open("table", "class", "data");
        html.element("caption", "Approvers");
        html.open("thead").open("tr");
        for (String heading : List.of("Approver", "Groups", "Device key")) {
            html.element("th", heading, "scope", "col");
        }
        html.close("tr").close("thead").open("tbody");
        for (JsonNode approver : document.path("approvers")) {
            html.open("tr");
            html.element("th", approver.path("name").asText(), "scope", "row");
            html.element("td", join(approver.path("groups")));
            html.element("td", approver.path("public_key").asText(), "class", "mono wrap");
            html.close("tr");
        }
        html.close("tbody").close("table");
        html.element("h3", "The whole document");
        html.element(
                "pre",
                pretty(document),
                "class",
                "document",
                "tabindex",
                "0",
                "aria-label",
                "The active policy document");
        html.close("section");
    }

    private static void proposals(Html html, JsonNode proposals, ConsoleSession session) {
        html.open("section", "aria-labelledby", "proposals-heading", "class", "panel");
        html.element("h2", "Proposed changes", "id", "proposals-heading");
        if (proposals.isEmpty()) {
            html.element("p", "No proposals.");
            html.close("section");
            return;
        }
        html.open("table", "class", "data");
        html.element("caption", "Governed changes: a quorum of admins and a time lock (stricter-only changes at once)");
        html.open("thead").open("tr");
        for (String heading : List.of(
                "Proposal", "Status", "Version", "Proposer", "Approved by", "Time lock ends", "Loosens", "Approve")) {
            html.element("th", heading, "scope", "col");
        }
        html.close("tr").close("thead").open("tbody");
        for (JsonNode proposal : proposals) {
            html.open("tr");
            html.element("th", proposal.path("id").asText(), "scope", "row", "class", "mono");
            html.element("td", Text.words(proposal.path("status").asText()));
            html.element(
                    "td",
                    proposal.path("base_version").asText() + " → "
                            + proposal.path("candidate_version").asText());
            html.element("td", proposal.path("proposer").asText());
            html.element(
                    "td",
                    StreamSupport.stream(proposal.path("approvals").spliterator(), false)
                            .map(approval -> approval.path("admin")
                                    .asText(approval.path("approver").asText("?")))
                            .collect(Collectors.joining(", ")));
            html.open("td");
            String effective = proposal.path("decision").path("effective_at").asText("");
            if (proposal.path("status").asText().equals("time_locked") && !effective.isEmpty()) {
                html.element("time", effective, "datetime", effective, "class", "mono");
                html.element("span", "", "class", "countdown", "data-deadline", effective);
            } else {
                html.text("—");
            }
            html.close("td");
            html.element(
                    "td",
                    proposal.path("loosenings").isEmpty() ? "no (stricter only)" : join(proposal.path("loosenings")));
            approveCell(html, proposal, session);
            html.close("tr");
        }
        html.close("tbody").close("table");
        html.close("section");
    }

    /**
     * For admins, while the proposal takes approvals: the change digest's fingerprint (as {@code custos approve change}
     * prints it) and a button that approves with a passkey whose challenge is that digest.
     */
    private static void approveCell(Html html, JsonNode proposal, ConsoleSession session) {
        html.open("td");
        String digest = proposal.path("digest").asText("");
        if (!session.caller().has(Role.ADMIN)
                || !proposal.path("status").asText().equals("awaiting_approvals")
                || !digest.matches("[0-9a-f]{64}")) {
            html.text("—");
            html.close("td");
            return;
        }
        String id = proposal.path("id").asText();
        html.element("span", TransferText.fingerprint(HexFormat.of().parseHex(digest)), "class", "mono fingerprint");
        html.element(
                "button",
                "Approve with passkey",
                "type",
                "button",
                "class",
                "approve-change",
                "data-proposal-id",
                id,
                "data-csrf",
                session.csrfToken(),
                "aria-describedby",
                "change-status-" + id);
        html.element("span", "", "id", "change-status-" + id, "role", "status", "aria-live", "polite");
        html.close("td");
    }

    private static String pretty(JsonNode document) {
        try {
            return PRETTY.writeValueAsString(document);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return document.toString();
        }
    }

    private static String join(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(item -> Text.visible(item.asText()))
                .collect(Collectors.joining(", "));
    }
}
