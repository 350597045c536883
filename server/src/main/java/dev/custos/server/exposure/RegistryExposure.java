package dev.custos.server.exposure;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.exposure.ExposureInputException;
import dev.custos.exposure.ExposureLimitException;
import dev.custos.exposure.analysis.ExposureReport;
import dev.custos.exposure.compare.ExposureComparison;
import dev.custos.exposure.compare.FloorCheck;
import dev.custos.exposure.json.ExposureJson;
import dev.custos.server.api.StrictJson;
import dev.custos.server.detection.AlertStore;
import dev.custos.server.policy.PolicyStore;
import java.time.Clock;
import java.util.Optional;

/**
 * What a change to the people registry (roles, node access, hosts and cloud accounts) does to the exposure figures
 * under the active policy: measured before and after the change is written, compared as a proposal's change is
 * (docs/PEOPLE.md, "Floor and comparison"), and a high alert ({@code exposure_floor}) for each high or critical
 * finding — a registry change takes effect at once, so the alert comes with it, not before it.
 */
public final class RegistryExposure {
    private final ExposureCalculator calculator;
    private final PolicyStore policies;
    private final AlertStore alerts;
    private final Clock clock;

    public RegistryExposure(ExposureCalculator calculator, PolicyStore policies, AlertStore alerts, Clock clock) {
        this.calculator = requireNonNull(calculator, "calculator is null");
        this.policies = requireNonNull(policies, "policies is null");
        this.alerts = requireNonNull(alerts, "alerts is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** The figures now, before a change; empty (with no error) while no policy is active. */
    public Measurement measure() {
        return policies.active()
                .map(active -> {
                    try {
                        return new Measurement(Optional.of(calculator.report(active.policy())), Optional.empty());
                    } catch (ExposureInputException | ExposureLimitException e) {
                        return new Measurement(Optional.empty(), Optional.of(e.getMessage()));
                    }
                })
                .orElse(new Measurement(Optional.empty(), Optional.of("no policy is active")));
    }

    /**
     * The comparison of {@code before} with the figures now (after the change), with alerts raised for high findings.
     *
     * @param change names the change in alerts: {@code roles of bob}, {@code access of olga}
     * @param key makes the alert ids of this change unique (the audit entry's index)
     */
    public ObjectNode compare(Measurement before, String change, long key) {
        Measurement after = measure();
        if (before.report().isEmpty() || after.report().isEmpty()) {
            ObjectNode node = StrictJson.mapper().createObjectNode();
            node.put(
                    "error",
                    "the exposure could not be compared: "
                            + before.error().or(after::error).orElse("no figures"));
            return node;
        }
        ExposureComparison comparison =
                ExposureComparison.compare(before.report().get(), after.report().get(), FloorCheck.DEFAULT_FLOOR);
        ObjectNode node = ExposureJson.comparison(comparison);
        node.put("floor", FloorCheck.DEFAULT_FLOOR);
        for (JsonNode finding : node.path("findings")) {
            String severity = finding.path("severity").asText();
            if (severity.equals("high") || severity.equals("critical")) {
                alerts.add(alert(change, key, finding, severity), null);
            }
        }
        return node;
    }

    private ObjectNode alert(String change, long key, JsonNode finding, String severity) {
        ObjectNode alert = StrictJson.mapper().createObjectNode();
        alert.put("type", "alert");
        alert.put("@timestamp", clock.instant().toString());
        alert.put(
                "id",
                "exposure-registry-" + key + "-" + finding.path("code").asText() + "-"
                        + finding.path("subject").asText());
        alert.put("severity", severity);
        alert.put("score", severity.equals("critical") ? 95 : 80);
        ObjectNode entity = alert.putObject("entity");
        entity.put("type", "registry");
        entity.put("id", change);
        alert.putArray("detectors").add("exposure_floor");
        alert.put(
                "summary",
                "change to the " + change + ": " + finding.path("message").asText());
        alert.putArray("evidence").add("audit-" + key);
        return alert;
    }

    /**
     * The figures at one moment, or why there are none.
     *
     * @param report the report, when it could be computed
     * @param error why not, otherwise
     */
    public record Measurement(Optional<ExposureReport> report, Optional<String> error) {}
}
