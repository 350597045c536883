package dev.custos.server.detection;

import static java.util.Objects.requireNonNull;

import dev.custos.server.api.Call;
import dev.custos.server.api.Reply;
import dev.custos.server.api.Route;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /v1/alerts} (newest first) and {@code GET /v1/detection}: the verdict key a policy names as
 * {@code detection.verdict_key} so that the nodes trust this server's detection verdicts.
 */
public final class DetectionRoutes {
    private static final int MAX = 500;

    private final AlertStore alerts;
    private final VerdictIssuer issuer;

    public DetectionRoutes(AlertStore alerts, VerdictIssuer issuer) {
        this.alerts = requireNonNull(alerts, "alerts is null");
        this.issuer = requireNonNull(issuer, "issuer is null");
    }

    public List<Route> routes() {
        return List.of(Route.get("/v1/alerts", this::alerts), Route.get("/v1/detection", this::detection));
    }

    private Reply alerts(Call call) {
        call.requireCaller();
        int limit = (int) call.integerQueryParameter("limit", 100, 1, MAX);
        return Reply.ok(Map.of("alerts", alerts.newest(limit)));
    }

    private Reply detection(Call call) {
        call.requireCaller();
        return Reply.ok(Map.of("verdict_key", issuer.publicKey().toHex()));
    }
}
