package dev.custos.server.requests;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.server.api.ClientOrigin;
import java.time.Instant;

/** The document of a new request, before the policy decides (docs/SERVER.md, "Requests"). */
final class RequestDocument {
    private RequestDocument() {}

    /** Records where the submission came from: {@code submitted_from} {@code {ip, user_agent}}. */
    static void submittedFrom(ObjectNode document, ClientOrigin origin) {
        ObjectNode from = document.putObject("submitted_from");
        from.put("ip", origin.ip());
        origin.userAgent().ifPresent(agent -> from.put("user_agent", agent));
    }

    static ObjectNode initial(String id, String initiator, Submission submission, Instant now) {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.put("id", id);
        document.put("wallet", submission.wallet());
        document.put("chain", submission.chain());
        document.put("initiator", initiator);
        document.put("created_at", now.toString());
        document.setAll(submission.payload());
        submission.amountUsd().ifPresent(amount -> document.put("amount_usd", amount));
        submission.note().ifPresent(note -> document.put("note", note));
        document.putArray("approvals");
        return document;
    }
}
