package dev.custos.detect.evaluation;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.types.Verdict;
import java.time.Duration;
import java.util.Locale;

/** Renders an evaluation report as JSON or as a Markdown table. */
public final class ReportFormat {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReportFormat() {}

    public static ObjectNode toJson(EvaluationReport report) {
        requireNonNull(report, "report is null");
        ObjectNode node = MAPPER.createObjectNode();
        node.put("type", "evaluation");
        node.put("seed", report.settings().seed());
        node.put("people", report.settings().people());
        node.put("days", report.settings().days());
        node.put("shape", report.settings().shape().name());
        BaselineResult baseline = report.baseline();
        ObjectNode benign = node.putObject("benign");
        benign.put("events", baseline.events());
        benign.put("signing_requests", baseline.requests());
        benign.put("escalated", baseline.escalated());
        benign.put("denied", baseline.denied());
        benign.put("false_escalations_per_1000_requests", round(baseline.falseEscalationsPerThousand()));
        benign.put("alerts", baseline.alerts());
        benign.put("high_alerts", baseline.highAlerts());
        benign.put("alerts_per_day_per_100_people", round(baseline.alertsPerDayPerHundred()));
        benign.put("high_alerts_per_day_per_100_people", round(baseline.highAlertsPerDayPerHundred()));
        BeaconFigures beacons = report.beacons();
        benign.put("host_destination_pairs", beacons.hostDestinationPairs());
        benign.put("false_beacons", beacons.falseBeacons());
        benign.put("false_beacons_per_1000_pairs", round(beacons.falseBeaconsPerThousandPairs()));
        ArrayNode falsePairs = benign.putArray("false_beacon_pairs");
        beacons.falseBeaconPairs().forEach(falsePairs::add);
        ArrayNode falseHost = benign.putArray("false_host_findings");
        beacons.falseHostFindings().forEach(falseHost::add);
        node.put("beacons_injected", report.beaconsInjected());
        node.put("beacons_found", report.beaconsFound());
        node.put("scenarios_run", report.scenarios().size());
        node.put("scenarios_stopped", report.stopped());
        node.put("detection_rate", round(report.detectionRate()));
        node.put("scenarios_with_high_alert_before_theft", report.alerted());
        ArrayNode scenarios = node.putArray("scenarios");
        for (ScenarioResult result : report.scenarios()) {
            ObjectNode entry = scenarios.addObject();
            entry.put("scenario", result.scenario());
            entry.put("modelled_on", result.modelledOn());
            entry.put("theft_time", result.theftTime().toString());
            entry.put("first_theft_decision", result.firstDecision().wireName());
            entry.put("stopped", result.stopped());
            entry.put("theft_requests", result.theftDecisions().size());
            entry.put("theft_requests_escalated_or_denied", result.held());
            ArrayNode decisions = entry.putArray("theft_decisions");
            result.theftDecisions().stream().map(Verdict::wireName).forEach(decisions::add);
            entry.put("stolen_usd_requested", Math.round(result.stolenUsd()));
            entry.put("beacons_injected", result.beaconsInjected());
            entry.put("beacons_found", result.beaconsFound());
            entry.put("value_held_share", round(result.heldValueShare()));
            entry.put(
                    "benign_requests_on_wallet_24h_before",
                    result.walletContext().requests());
            entry.put(
                    "benign_requests_on_wallet_24h_before_held",
                    result.walletContext().held());
            if (result.leadTime().isPresent()) {
                entry.put(
                        "first_high_alert",
                        result.firstHighAlert().orElseThrow().toString());
                entry.put("lead_time_hours", round(result.leadTime().get().toSeconds() / 3_600.0));
            } else {
                entry.putNull("first_high_alert");
                entry.putNull("lead_time_hours");
            }
        }
        return node;
    }

    /** A Markdown table per scenario, then the overall figures. */
    public static String toTable(EvaluationReport report) {
        requireNonNull(report, "report is null");
        StringBuilder text = new StringBuilder();
        text.append(
                "| Scenario | First theft request | Theft requests held | Value held | Requested USD | First high alert before theft"
                        + " | Beacons found | Benign requests on that wallet held, 24 h before (benign run) |\n");
        text.append("|---|---|---|---:|---:|---|---|---|\n");
        for (ScenarioResult result : report.scenarios()) {
            text.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %d / %d | %.0f%% | %,d | %s | %s | %d / %d |%n",
                    result.scenario(),
                    result.firstDecision().wireName(),
                    result.held(),
                    result.theftDecisions().size(),
                    100 * result.heldValueShare(),
                    Math.round(result.stolenUsd()),
                    result.leadTime().map(ReportFormat::describe).orElse("none"),
                    result.beaconsInjected() == 0 ? "-" : result.beaconsFound() + " / " + result.beaconsInjected(),
                    result.walletContext().held(),
                    result.walletContext().requests()));
        }
        BaselineResult baseline = report.baseline();
        text.append(String.format(
                Locale.ROOT,
                "%nOverall (%s shape, seed %d, %d people, %d days): detection rate %d/%d = %.0f%% (first theft request escalated"
                        + " or denied); %d/%d scenarios with a high alert at or before the theft.%n"
                        + "Benign run: %,d events, %,d signing requests, %d escalated + %d denied = %.2f false"
                        + " escalations per 1,000; %d alerts (%d high or critical) = %.2f alerts per day per 100"
                        + " people (%.2f high).%n",
                report.settings().shape().name(),
                report.settings().seed(),
                report.settings().people(),
                report.settings().days(),
                report.stopped(),
                report.scenarios().size(),
                100 * report.detectionRate(),
                report.alerted(),
                report.scenarios().size(),
                baseline.events(),
                baseline.requests(),
                baseline.escalated(),
                baseline.denied(),
                baseline.falseEscalationsPerThousand(),
                baseline.alerts(),
                baseline.highAlerts(),
                baseline.alertsPerDayPerHundred(),
                baseline.highAlertsPerDayPerHundred()));
        BeaconFigures beacons = report.beacons();
        text.append(String.format(
                Locale.ROOT,
                "Network: %,d host-destination pairs in the benign run, %d shown as beacons = %.2f false beacons per"
                        + " 1,000 pairs%s; DNS-tunnelling, exfiltration and corroborated-beacon findings shown: %d%s;"
                        + " injected beacons found %d / %d.%n",
                beacons.hostDestinationPairs(),
                beacons.falseBeacons(),
                beacons.falseBeaconsPerThousandPairs(),
                beacons.falseBeaconPairs().isEmpty() ? "" : " " + beacons.falseBeaconPairs(),
                beacons.falseHostFindings().size(),
                beacons.falseHostFindings().isEmpty() ? "" : " " + beacons.falseHostFindings(),
                report.beaconsFound(),
                report.beaconsInjected()));
        return text.toString();
    }

    static String describe(Duration lead) {
        long minutes = lead.toMinutes();
        if (minutes < 1) {
            return "at the theft (" + lead.toSeconds() + " s)";
        }
        if (minutes < 120) {
            return minutes + " min";
        }
        return String.format(Locale.ROOT, "%.1f h", lead.toSeconds() / 3_600.0);
    }

    private static double round(double value) {
        return Math.round(value * 1_000.0) / 1_000.0;
    }
}
