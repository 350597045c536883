package dev.custos.server.console.requests;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.server.access.Role;
import dev.custos.server.api.ApiException;
import dev.custos.server.console.html.Html;
import dev.custos.server.console.pages.Forms;
import dev.custos.server.console.pages.Layout;
import dev.custos.server.console.pages.Text;
import dev.custos.server.console.routing.ApiCalls;
import dev.custos.server.console.routing.ConsoleRouter.PageRequest;
import dev.custos.server.console.session.ConsoleSession;
import dev.custos.server.detection.AlertStore;
import dev.custos.server.requests.RequestInspection;
import dev.custos.server.requests.RequestInspector;
import java.util.List;
import java.util.Optional;

/**
 * {@code /console/requests/{id}}: one request as its payload bytes say — decoded intent, transfers, call tree, flags,
 * hashes and the approval digest — beside the risk verdict, the policy's decision, the path so far, the approval
 * panel and, for those allowed, rejecting (approvers) or cancelling (initiator, admins) with a reason.
 */
public final class RequestPage {
    private final RequestInspector inspector;
    private final AlertStore alerts;
    private final Layout layout;
    private final ApiCalls api;

    public RequestPage(RequestInspector inspector, AlertStore alerts, Layout layout, ApiCalls api) {
        this.api = requireNonNull(api, "api is null");
        this.inspector = requireNonNull(inspector, "inspector is null");
        this.alerts = requireNonNull(alerts, "alerts is null");
        this.layout = requireNonNull(layout, "layout is null");
    }

    public String render(PageRequest request) {
        String id = Text.requireId(request.path().get("id"), "the request id");
        RequestInspection inspection =
                inspector.inspect(id).orElseThrow(() -> ApiException.notFound("no request '" + id + "'"));
        ObjectNode document = inspection.document();
        List<JsonNode> raised = alerts.forRequest(id);
        ConsoleSession session = request.session();
        return layout.page("Request " + id, Optional.of(session), html -> {
            summary(html, document);
            PathDiagram.render(html, PathDiagram.steps(document));
            IntentSection.render(html, inspection);
            SimulationSection.render(html, document);
            NonceFeeSection.render(html, document, api, session.caller());
            RiskSection.render(html, document, raised);
            DecisionSection.render(html, document);
            ApprovalPanel.render(html, session, inspection);
            cancel(html, session, document);
            layout.script(html, "passkeys.js");
        });
    }

    private static void summary(Html html, ObjectNode document) {
        String status = document.path("status").asText();
        html.open("dl", "class", "facts summary");
        html.element("dt", "Status");
        html.open("dd")
                .element("span", Text.words(status), "class", "status status-" + status)
                .close("dd");
        html.element("dt", "Wallet");
        html.open("dd")
                .element(
                        "a",
                        document.path("wallet").asText(),
                        "href",
                        "/console/wallets#wallet-" + document.path("wallet").asText())
                .close("dd");
        html.element("dt", "Chain");
        html.element("dd", document.path("chain").asText());
        html.element("dt", "Initiator");
        html.element("dd", document.path("initiator").asText());
        html.element("dt", "Submitted");
        html.element("dd", document.path("created_at").asText(), "class", "mono");
        if (document.hasNonNull("rejected_by")) {
            html.element("dt", "Rejected by");
            html.element(
                    "dd",
                    document.path("rejected_by").asText() + ": "
                            + Text.visible(document.path("cancel_reason").asText()));
        }
        if (document.hasNonNull("cancelled_by")) {
            html.element("dt", "Cancelled by");
            html.element(
                    "dd",
                    document.path("cancelled_by").asText()
                            + (document.hasNonNull("cancel_reason")
                                    ? ": "
                                            + Text.visible(document.path("cancel_reason")
                                                    .asText())
                                    : ""));
        }
        if (document.hasNonNull("failure")) {
            html.element("dt", "Failure");
            html.element("dd", Text.visible(document.path("failure").asText()));
        }
        if (document.hasNonNull("signed_tx")) {
            html.element("dt", "Signed transaction");
            html.element("dd", document.path("signed_tx").asText(), "class", "mono wrap");
        }
        if (document.hasNonNull("broadcast")) {
            JsonNode broadcast = document.path("broadcast");
            html.element("dt", "Broadcast");
            html.element(
                    "dd",
                    broadcast.path("tx_hash").asText() + " at "
                            + broadcast.path("broadcast_at").asText() + " by "
                            + broadcast.path("broadcast_by").asText(),
                    "class",
                    "mono wrap");
        }
        html.close("dl");
    }

    private static void cancel(Html html, ConsoleSession session, ObjectNode document) {
        String status = document.path("status").asText();
        if (!status.equals("pending_approval") && !status.equals("delayed")) {
            return;
        }
        String id = document.path("id").asText();
        if (session.caller().has(Role.APPROVER)) {
            refusal(
                    html,
                    session,
                    id,
                    "reject",
                    "Reject this request",
                    "Rejecting cancels it for everyone; the reason goes to the audit log.",
                    "Reject request");
        }
        if (session.caller().has(Role.ADMIN)
                || session.caller().name().equals(document.path("initiator").asText())) {
            refusal(
                    html,
                    session,
                    id,
                    "cancel",
                    "Cancel this request",
                    "The reason is kept with the request and in the audit log.",
                    "Cancel request");
        }
    }

    private static void refusal(
            Html html, ConsoleSession session, String id, String verb, String heading, String hint, String button) {
        html.open("section", "aria-labelledby", verb + "-heading", "class", "panel");
        html.element("h2", heading, "id", verb + "-heading");
        html.element("p", hint, "class", "hint");
        Forms.post(html, "/console/requests/" + id + "/" + verb, session, form -> {
            form.open("div", "class", "stack");
            Forms.textField(form, verb + "-reason", "Reason", "reason", true);
            form.element("button", button, "type", "submit", "class", "danger-button");
            form.close("div");
        });
        html.close("section");
    }
}
