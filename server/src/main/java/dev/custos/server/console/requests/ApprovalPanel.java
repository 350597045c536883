package dev.custos.server.console.requests;

import dev.custos.policy.approval.digest.TransferText;
import dev.custos.server.access.Role;
import dev.custos.server.console.html.Html;
import dev.custos.server.console.session.ConsoleSession;
import dev.custos.server.requests.RequestInspection;

/**
 * The approval panel of a request: the terms an approval binds (policy version, expiry, the approval digest
 * fingerprint) and the "Approve with passkey" button, which a page script binds to this request by its
 * {@code data-request-id}. Shown to approvers while the request takes approvals. The same digest is what
 * {@code custos approve} computes on the approver's own machine.
 */
public final class ApprovalPanel {
    private ApprovalPanel() {}

    static void render(Html html, ConsoleSession session, RequestInspection inspection) {
        String id = inspection.document().path("id").asText();
        String status = inspection.document().path("status").asText();
        boolean open = status.equals("pending_approval") || status.equals("delayed");
        if (!open || !session.caller().has(Role.APPROVER) || inspection.digest().isEmpty()) {
            return;
        }
        html.open("section", "aria-labelledby", "approve-heading", "class", "panel approval-panel");
        html.element("h2", "Approve", "id", "approve-heading");
        html.open("dl", "class", "facts");
        html.element("dt", "Policy version");
        html.element(
                "dd",
                inspection.document().path("approval").path("policy_version").asText());
        html.element("dt", "Approval expires");
        html.element(
                "dd", inspection.document().path("approval").path("expires_at").asText(), "class", "mono");
        html.element("dt", "Digest fingerprint");
        html.element("dd", TransferText.fingerprint(inspection.digest().orElseThrow()), "class", "mono fingerprint");
        html.close("dl");
        html.element(
                "p",
                "Your passkey signs exactly this digest: the payload's facts, this request, the policy version and"
                        + " the expiry. Each signer node checks your signature itself.");
        html.element(
                "button",
                "Approve with passkey",
                "type",
                "button",
                "id",
                "approve-with-passkey",
                "class",
                "primary",
                "data-request-id",
                id,
                "data-csrf",
                session.csrfToken());
        html.element("p", "", "id", "approval-status", "role", "status", "aria-live", "polite");
        html.element(
                "p",
                "Or approve from a second device: custos approve --api URL/v1 --request " + id + " --key FILE",
                "class",
                "hint mono");
        html.close("section");
    }
}
