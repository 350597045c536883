package dev.custos.detect.feedback;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A scoped, expiring suppression: findings it matches between {@code at} and {@code expires} are recorded (counted,
 * visible in the state) but add no accumulated risk and raise no alert. A signing request's own findings still count
 * at the signing gate. Screening hits and governance findings are never suppressed.
 *
 * @param id a unique name, e.g. {@code sup-2025-031}
 * @param scope which findings it covers
 * @param by who added it
 * @param at from when it applies
 * @param expires when it stops applying (after {@code at})
 * @param reason why
 */
public record Suppression(String id, FeedbackScope scope, String by, Instant at, Instant expires, String reason)
        implements FeedbackRecord {
    public Suppression {
        requireNonNull(id, "id is null");
        requireNonNull(scope, "scope is null");
        requireNonNull(by, "by is null");
        requireNonNull(at, "at is null");
        requireNonNull(expires, "expires is null");
        requireNonNull(reason, "reason is null");
        requireText(id, "id");
        requireText(by, "by");
        requireText(reason, "reason");
        if (!expires.isAfter(at)) {
            throw new IllegalArgumentException(
                    "suppression " + id + " expires (" + expires + ") before it starts (" + at + ")");
        }
    }

    /** True from {@code at} (inclusive) until {@code expires} (exclusive). */
    public boolean activeAt(Instant now) {
        requireNonNull(now, "now is null");
        return !now.isBefore(at) && now.isBefore(expires);
    }

    static void requireText(String value, String name) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " is blank");
        }
        if (value.length() > 1_000) {
            throw new IllegalArgumentException(name + " is longer than 1000 characters");
        }
    }
}
