package dev.custos.coordinator.job;

import static java.util.Objects.requireNonNull;

import dev.custos.node.job.message.JobMessage;
import dev.custos.node.job.message.PolicyStatus;
import java.util.Map;
import java.util.TreeMap;

/**
 * What each node answered to one policy delivery ({@link JobEngine#deliverPolicy}): a report from every node that
 * answered, and why each other node did not (it was not connected, its link failed, or it did not answer in time).
 *
 * @param reports the nodes' reports, by node name
 * @param unanswered the nodes that gave no report, by name, with the reason
 */
public record PolicyDeliveryResult(Map<String, JobMessage.PolicyReport> reports, Map<String, String> unanswered) {
    public PolicyDeliveryResult {
        reports = Map.copyOf(requireNonNull(reports, "reports is null"));
        unanswered = Map.copyOf(requireNonNull(unanswered, "unanswered is null"));
    }

    /** Whether every node the policy went to answered and holds it now (installed by this delivery or before). */
    public boolean installedEverywhere() {
        return unanswered.isEmpty()
                && reports.values().stream().allMatch(report -> report.status() != PolicyStatus.REFUSED);
    }

    /** The nodes that refused, by name, with their reasons. */
    public Map<String, String> refusals() {
        Map<String, String> refused = new TreeMap<>();
        reports.forEach((node, report) -> {
            if (report.status() == PolicyStatus.REFUSED) {
                refused.put(node, report.reason());
            }
        });
        return refused;
    }
}
