package dev.custos.exposure.analysis;

import static java.util.Objects.requireNonNull;

/**
 * Something a security engineer should look at.
 *
 * @param severity how urgent
 * @param code a stable identifier of the kind of finding (for example {@code below_floor}, {@code left_still_approver})
 * @param subject the wallet or person it is about
 * @param message one plain sentence naming the culprit
 */
public record Finding(Severity severity, String code, String subject, String message) {
    public Finding {
        requireNonNull(severity, "severity is null");
        requireNonNull(code, "code is null");
        requireNonNull(subject, "subject is null");
        requireNonNull(message, "message is null");
    }
}
