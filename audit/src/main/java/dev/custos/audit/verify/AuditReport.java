package dev.custos.audit.verify;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.OptionalLong;

/**
 * The outcome of {@link LogVerifier#verify}.
 *
 * @param entries the number of entries checked
 * @param checkpoints the number of checkpoint notes that verified (log signature, origin, well-formed)
 * @param cosignedSize the largest size whose checkpoint matched the entries and carries the required co-signatures
 *     (0 if none); entries beyond it are signed by the log only
 * @param findings the problems found, empty when the log is intact (copied)
 */
public record AuditReport(long entries, int checkpoints, long cosignedSize, List<AuditFinding> findings) {
    public AuditReport {
        findings = List.copyOf(requireNonNull(findings, "findings is null"));
        if (entries < 0 || checkpoints < 0 || cosignedSize < 0) {
            throw new IllegalArgumentException(
                    "counts must be 0 or more: " + entries + ", " + checkpoints + ", " + cosignedSize);
        }
    }

    /** Whether nothing was found wrong. */
    public boolean intact() {
        return findings.isEmpty();
    }

    /** The lowest entry index any finding names. */
    public OptionalLong firstBadEntry() {
        return findings.stream()
                .map(AuditFinding::firstBadEntry)
                .filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong)
                .min();
    }

    /** One line for people: the counts when intact, otherwise the first bad entry and the first finding. */
    public String summary() {
        if (intact()) {
            return "intact: " + entries + " entries, " + checkpoints + " checkpoints, co-signed up to size "
                    + cosignedSize;
        }
        OptionalLong first = firstBadEntry();
        AuditFinding shown = findings.stream()
                .filter(finding -> finding.firstBadEntry().equals(first))
                .findFirst()
                .orElse(findings.get(0));
        String entry = first.isPresent() ? "first bad entry " + first.getAsLong() + "; " : "";
        return "NOT intact: " + entry + shown.message()
                + (findings.size() > 1 ? " (and " + (findings.size() - 1) + " more findings)" : "");
    }
}
