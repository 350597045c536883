package dev.custos.server.passkeys;

import static java.util.Objects.requireNonNull;

import dev.custos.server.storage.Database;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One-time enrollment links (table {@code enrollment_links}): an admin creates one for a person in the registry; the
 * person opens it and binds a passkey. The token is 256 random bits shown once; only its SHA-256 is kept. A link is
 * used at most once and expires after {@link #LIFETIME}.
 */
public final class EnrollmentLinks {
    /** How long a link can be used. */
    public static final Duration LIFETIME = Duration.ofMinutes(30);

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final Database database;
    private final Clock clock;
    private final SecureRandom random;

    public EnrollmentLinks(Database database, Clock clock, SecureRandom random) {
        this.database = requireNonNull(database, "database is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.random = requireNonNull(random, "random is null");
    }

    /** A new link for {@code person}, created by {@code createdBy}. */
    public Created create(String person, String createdBy) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expires = now.plus(LIFETIME);
        database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO enrollment_links (token_hash, person, created_by, created_at, expires_at)"
                            + " VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, hash(token));
                insert.setString(2, person);
                insert.setString(3, createdBy);
                insert.setLong(4, now.toEpochMilli());
                insert.setLong(5, expires.toEpochMilli());
                return insert.executeUpdate();
            }
        });
        return new Created(token, person, expires);
    }

    /** The person a usable link (unused, unexpired) is for; empty for anything else, including a malformed token. */
    public Optional<String> usable(String token) {
        if (!TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT person FROM enrollment_links WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?")) {
                query.setString(1, hash(token));
                query.setLong(2, clock.millis());
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Marks a usable link used and answers its person, in one statement, so that two browsers racing with one link
     * cannot both enroll; empty when the link is not usable.
     */
    public Optional<String> consume(String token) {
        Optional<String> person = usable(token);
        if (person.isEmpty()) {
            return person;
        }
        int updated = database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE enrollment_links SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?")) {
                long now = clock.millis();
                update.setLong(1, now);
                update.setString(2, hash(token));
                update.setLong(3, now);
                return update.executeUpdate();
            }
        });
        return updated == 1 ? person : Optional.empty();
    }

    private static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /**
     * A link just created.
     *
     * @param token the secret part, shown once (the console puts it in the URL fragment so that it is never sent to a
     *     server or written to an access log)
     * @param person whom it enrolls
     * @param expiresAt when it stops working
     */
    public record Created(String token, String person, Instant expiresAt) {
        public Created {
            requireNonNull(token, "token is null");
            requireNonNull(person, "person is null");
            requireNonNull(expiresAt, "expiresAt is null");
        }

        @Override
        public String toString() {
            return "EnrollmentLink[" + person + ", expires " + expiresAt + ", token redacted]";
        }
    }
}
