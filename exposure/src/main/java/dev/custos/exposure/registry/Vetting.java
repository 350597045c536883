package dev.custos.exposure.registry;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A person's vetting record: no more personal data than the level, the validity and a reference to the check.
 *
 * @param level a label of the organisation's scheme (for example {@code "enhanced"}), 1 to 40 characters
 * @param validUntil when the vetting must be renewed
 * @param reference where the check is recorded (a case number), possibly empty
 */
public record Vetting(String level, Instant validUntil, String reference) {
    public Vetting {
        requireNonNull(level, "level is null");
        requireNonNull(validUntil, "validUntil is null");
        requireNonNull(reference, "reference is null");
        if (level.isBlank() || level.length() > 40) {
            throw new IllegalArgumentException("vetting level must be 1 to 40 characters");
        }
        if (reference.length() > 200) {
            throw new IllegalArgumentException("vetting reference must be at most 200 characters");
        }
    }

    /** Whether the vetting still holds at {@code now}. */
    public boolean currentAt(Instant now) {
        return now.isBefore(validUntil);
    }
}
