package dev.custos.audit.verify;

import static java.util.Objects.requireNonNull;

import java.util.OptionalLong;

/**
 * One problem a {@link LogVerifier} found.
 *
 * @param code what kind of problem
 * @param firstBadEntry the index of the first entry that is wrong or missing, when the problem concerns entries: the
 *     exact entry when checkpoints bracket it to one entry (the log signs one per append), otherwise the first of the
 *     range the message names
 * @param message what was found, naming sizes, entries and signers
 */
public record AuditFinding(AuditFindingCode code, OptionalLong firstBadEntry, String message) {
    public AuditFinding {
        requireNonNull(code, "code is null");
        requireNonNull(firstBadEntry, "firstBadEntry is null");
        requireNonNull(message, "message is null");
        if (firstBadEntry.isPresent() && firstBadEntry.getAsLong() < 0) {
            throw new IllegalArgumentException("firstBadEntry must be 0 or more, got " + firstBadEntry.getAsLong());
        }
    }

    static AuditFinding atEntry(AuditFindingCode code, long firstBadEntry, String message) {
        return new AuditFinding(code, OptionalLong.of(firstBadEntry), message);
    }

    static AuditFinding general(AuditFindingCode code, String message) {
        return new AuditFinding(code, OptionalLong.empty(), message);
    }
}
