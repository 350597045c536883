package dev.custos.server.reviews;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * One thing an access review found about a person.
 *
 * @param code {@code approver_idle}, {@code passkey_unused}, {@code token_unused}, {@code vetting_expiring},
 *     {@code vetting_expired}, {@code attestation_overdue}, {@code leaving_with_power}, {@code last_day_passed}
 * @param severity {@code low}, {@code medium} or {@code high}
 * @param message one sentence naming the person and the power
 */
public record ReviewFinding(String code, String severity, String message) {
    private static final Set<String> SEVERITIES = Set.of("low", "medium", "high");

    public ReviewFinding {
        requireNonNull(code, "code is null");
        requireNonNull(message, "message is null");
        if (!SEVERITIES.contains(severity)) {
            throw new IllegalArgumentException("severity must be one of " + SEVERITIES + ": " + severity);
        }
    }
}
