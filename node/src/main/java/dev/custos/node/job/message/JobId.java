package dev.custos.node.job.message;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * The coordinator's name for one job: 1 to 64 characters from {@code A-Z a-z 0-9 . _ -}. Display and routing only; a
 * node binds its protocol run to the fresh {@link dev.custos.node.envelope.SessionId}, never to the job id.
 *
 * @param value the name
 */
public record JobId(String value) {
    public static final int MAX_LENGTH = 64;
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1," + MAX_LENGTH + "}");

    public JobId {
        requireNonNull(value, "value is null");
        if (!VALID.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "a job id is 1 to " + MAX_LENGTH + " characters from A-Z a-z 0-9 . _ -, got '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
