package dev.custos.node.job.message;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * A wallet's id, as the node files its key share under it: 1 to 48 characters from {@code a-z 0-9 . _ -}, starting
 * with a letter or digit (so that it fits in a keystore entry name).
 *
 * @param value the id
 */
public record WalletId(String value) {
    public static final int MAX_LENGTH = 48;
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._-]{0," + (MAX_LENGTH - 1) + "}");

    public WalletId {
        requireNonNull(value, "value is null");
        if (!VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("a wallet id is 1 to " + MAX_LENGTH
                    + " characters from a-z 0-9 . _ -, starting with a letter or digit, got '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
