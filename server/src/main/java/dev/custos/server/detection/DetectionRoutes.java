package dev.custos.server.detection;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.server.access.Caller;
import dev.custos.server.access.Role;
import dev.custos.server.api.ApiException;
import dev.custos.server.api.Call;
import dev.custos.server.api.JsonFields;
import dev.custos.server.api.Reply;
import dev.custos.server.api.Route;
import dev.custos.server.api.StrictJson;
import dev.custos.server.audit.AuditTrail;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GET /v1/alerts} (newest first), {@code POST /v1/alerts/{id}/feedback} (a false positive or confirmed; a
 * false positive is fed to detection) and {@code GET /v1/detection}: the verdict key a policy names as
 * {@code detection.verdict_key} so that the nodes trust this server's detection verdicts.
 */
public final class DetectionRoutes {
    private static final int MAX = 500;
    private static final int MAX_REASON = 500;

    private final AlertStore alerts;
    private final VerdictIssuer issuer;
    private final AuditTrail audit;

    public DetectionRoutes(AlertStore alerts, VerdictIssuer issuer, AuditTrail audit) {
        this.alerts = requireNonNull(alerts, "alerts is null");
        this.issuer = requireNonNull(issuer, "issuer is null");
        this.audit = requireNonNull(audit, "audit is null");
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/v1/alerts", this::alerts),
                Route.post("/v1/alerts/{id}/feedback", this::feedback),
                Route.get("/v1/detection", this::detection));
    }

    private Reply alerts(Call call) {
        call.requireCaller();
        int limit = (int) call.integerQueryParameter("limit", 100, 1, MAX);
        return Reply.ok(Map.of("alerts", alerts.newest(limit)));
    }

    private Reply feedback(Call call) {
        Caller caller = call.requireAnyRole("marking alerts needs the admin or auditor role", Role.ADMIN, Role.AUDITOR);
        String id = call.path("id");
        JsonFields fields = JsonFields.of(StrictJson.tree(call.body()), Set.of("verdict", "reason"));
        String verdictText = fields.text("verdict");
        AlertVerdict verdict = AlertVerdict.fromWire(verdictText)
                .orElseThrow(() -> ApiException.badRequest(
                        "field 'verdict' must be false_positive or confirmed, not '" + verdictText + "'"));
        String reason = fields.text("reason").strip();
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            throw ApiException.badRequest("field 'reason' must be 1 to " + MAX_REASON + " characters");
        }
        if (!alerts.giveFeedback(id, verdict, reason, caller.name())) {
            throw ApiException.notFound("no alert '" + id + "'");
        }
        Optional<String> notApplied = verdict == AlertVerdict.FALSE_POSITIVE
                ? issuer.markFalsePositive(id, caller.name(), reason)
                : Optional.empty();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("verdict", verdict.wireName());
        details.put("reason", reason);
        audit.record(caller.name(), "alert.feedback", id, details);
        ObjectNode answer = (ObjectNode) alerts.find(id).orElseThrow();
        answer.put(
                "detection",
                verdict == AlertVerdict.CONFIRMED
                        ? "kept"
                        : notApplied.map(why -> "not applied: " + why).orElse("applied"));
        return Reply.ok(answer);
    }

    private Reply detection(Call call) {
        call.requireCaller();
        return Reply.ok(Map.of("verdict_key", issuer.publicKey().toHex()));
    }
}
