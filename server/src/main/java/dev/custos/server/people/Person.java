package dev.custos.server.people;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A privileged person: who they are, what they may do, and how far they were vetted (docs/SERVER.md). The body of
 * {@code POST /v1/people} and what the API answers.
 *
 * @param name 1 to 100 characters from {@code A-Z a-z 0-9 . _ - @}
 * @param roles at least one of initiator, approver, admin, auditor, operator
 * @param vetting the vetting level and until when it holds
 */
public record Person(String name, List<String> roles, Vetting vetting) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,99}");
    private static final List<String> PERSON_ROLES = List.of("initiator", "approver", "admin", "auditor", "operator");

    public Person {
        requireNonNull(name, "field 'name' is missing");
        requireNonNull(roles, "field 'roles' is missing");
        requireNonNull(vetting, "field 'vetting' is missing");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "field 'name' must be 1 to 100 characters from A-Z a-z 0-9 . _ - @, starting with a letter or digit");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("field 'roles' must name at least one role");
        }
        for (int i = 0; i < roles.size(); i++) {
            String role = roles.get(i);
            if (role == null || !PERSON_ROLES.contains(role)) {
                throw new IllegalArgumentException("field 'roles[" + i + "]' must be one of " + PERSON_ROLES + ", not "
                        + (role == null ? "null" : "'" + role + "'"));
            }
        }
        if (roles.stream().distinct().count() != roles.size()) {
            throw new IllegalArgumentException("field 'roles' names a role twice");
        }
        roles = roles.stream().sorted().toList();
    }

    /**
     * How far a person was vetted.
     *
     * @param level a label of the organisation's scheme, 1 to 40 characters (for example {@code "enhanced"})
     * @param validUntil RFC 3339 time after which the vetting must be renewed
     */
    public record Vetting(
            String level, @JsonProperty("valid_until") String validUntil) {
        public Vetting {
            requireNonNull(level, "field 'vetting.level' is missing");
            requireNonNull(validUntil, "field 'vetting.valid_until' is missing");
            if (level.isBlank() || level.length() > 40) {
                throw new IllegalArgumentException("field 'vetting.level' must be 1 to 40 characters");
            }
            try {
                Instant.parse(validUntil);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(
                        "field 'vetting.valid_until' must be an RFC 3339 time, not '" + validUntil + "'", e);
            }
        }
    }
}
