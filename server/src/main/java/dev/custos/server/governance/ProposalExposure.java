package dev.custos.server.governance;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.exposure.ExposureInputException;
import dev.custos.exposure.ExposureLimitException;
import dev.custos.exposure.compare.ExposureComparison;
import dev.custos.exposure.compare.FloorCheck;
import dev.custos.exposure.json.ExposureJson;
import dev.custos.policy.model.Policy;
import dev.custos.server.api.StrictJson;
import dev.custos.server.audit.AuditTrail;
import dev.custos.server.detection.AlertStore;
import dev.custos.server.exposure.ExposureCalculator;
import java.time.Clock;
import java.util.Map;

/**
 * What a proposed policy change does to the exposure figures (docs/PEOPLE.md), shown on the proposal before anyone
 * approves it ("lowers the people needed to move hot-eth from 3 to 2"); a change that takes a figure below the floor
 * (default 2: never one person) raises a high alert and an audit record at once, while the change is still pending.
 */
final class ProposalExposure {
    private final ExposureCalculator calculator;
    private final AlertStore alerts;
    private final AuditTrail audit;
    private final Clock clock;

    ProposalExposure(ExposureCalculator calculator, AlertStore alerts, AuditTrail audit, Clock clock) {
        this.calculator = requireNonNull(calculator, "calculator is null");
        this.alerts = requireNonNull(alerts, "alerts is null");
        this.audit = requireNonNull(audit, "audit is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** The comparison of the figures under {@code current} and under {@code candidate}, or why there is none. */
    ObjectNode compare(String proposal, Policy current, Policy candidate) {
        try {
            ExposureComparison comparison = ExposureComparison.compare(
                    calculator.report(current), calculator.report(candidate), FloorCheck.DEFAULT_FLOOR);
            ObjectNode node = ExposureJson.comparison(comparison);
            node.put("floor", FloorCheck.DEFAULT_FLOOR);
            return node;
        } catch (ExposureInputException | ExposureLimitException e) {
            ObjectNode node = StrictJson.mapper().createObjectNode();
            node.put("error", "the exposure of proposal " + proposal + " could not be computed: " + e.getMessage());
            return node;
        }
    }

    /** A high alert and an audit record for each finding of {@code comparison} that is high or critical. */
    void raiseAlarms(String proposal, JsonNode comparison) {
        for (JsonNode finding : comparison.path("findings")) {
            String severity = finding.path("severity").asText();
            if (!severity.equals("high") && !severity.equals("critical")) {
                continue;
            }
            ObjectNode alert = StrictJson.mapper().createObjectNode();
            alert.put("type", "alert");
            alert.put("@timestamp", clock.instant().toString());
            alert.put(
                    "id",
                    "exposure-" + proposal + "-" + finding.path("code").asText() + "-"
                            + finding.path("subject").asText());
            alert.put("severity", severity);
            alert.put("score", severity.equals("critical") ? 95 : 80);
            ObjectNode entity = alert.putObject("entity");
            entity.put("type", "policy_proposal");
            entity.put("id", proposal);
            alert.putArray("detectors").add("exposure_floor");
            alert.put(
                    "summary",
                    "proposal " + proposal + ": " + finding.path("message").asText());
            alert.putArray("evidence").add(proposal);
            alerts.add(alert, null);
            audit.record(
                    "coordinator",
                    "policy.exposure_lowered",
                    proposal,
                    Map.of(
                            "code", finding.path("code").asText(),
                            "subject", finding.path("subject").asText(),
                            "message", finding.path("message").asText()));
        }
    }
}
