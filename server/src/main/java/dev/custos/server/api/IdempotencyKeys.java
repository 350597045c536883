package dev.custos.server.api;

import static java.util.Objects.requireNonNull;

import dev.custos.server.storage.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Makes a client's retry of a creating POST safe: the first call with an {@code Idempotency-Key} reserves the key
 * (per token) before it runs, and its answer is stored; a retry with the same key and body gets that answer again, a
 * retry while the first still runs or with another body gets a 409. A refused call (4xx) releases the key, since it
 * wrote nothing.
 */
final class IdempotencyKeys {
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,200}");
    private static final int IN_PROGRESS = 0;

    private final Database database;
    private final Clock clock;

    IdempotencyKeys(Database database, Clock clock) {
        this.database = requireNonNull(database, "database is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** What a call with a key finds. */
    sealed interface Outcome {
        /** The key is new and now reserved for this call. */
        record Reserved() implements Outcome {}

        /** The same call ran before; here is its answer. */
        record Replay(Reply reply) implements Outcome {}
    }

    static String requireValidKey(String key) {
        if (!KEY.matcher(key).matches()) {
            throw ApiException.badRequest(
                    "header 'Idempotency-Key' must be 1 to 200 characters from A-Z a-z 0-9 . _ : -");
        }
        return key;
    }

    Outcome reserve(String tokenHash, String key, String requestHash) {
        return database.inTransaction(connection -> {
            Optional<Stored> existing = find(connection, tokenHash, key);
            if (existing.isPresent()) {
                Stored stored = existing.get();
                if (!stored.requestHash.equals(requestHash)) {
                    throw ApiException.conflict(
                            "Idempotency-Key '" + key + "' was used before for a different request");
                }
                if (stored.status == IN_PROGRESS) {
                    throw ApiException.conflict("a request with Idempotency-Key '" + key + "' is still running");
                }
                return new Outcome.Replay(new Reply(stored.status, "application/json", stored.body));
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO idempotency_keys (token_hash,"
                    + " idempotency_key, request_hash, response_status, response_body, created_at)"
                    + " VALUES (?, ?, ?, ?, '', ?)")) {
                insert.setString(1, tokenHash);
                insert.setString(2, key);
                insert.setString(3, requestHash);
                insert.setInt(4, IN_PROGRESS);
                insert.setLong(5, clock.millis());
                insert.executeUpdate();
            }
            return new Outcome.Reserved();
        });
    }

    void complete(String tokenHash, String key, Reply reply) {
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE idempotency_keys SET"
                    + " response_status = ?, response_body = ? WHERE token_hash = ? AND idempotency_key = ?")) {
                update.setInt(1, reply.status());
                update.setString(2, reply.body());
                update.setString(3, tokenHash);
                update.setString(4, key);
                return update.executeUpdate();
            }
        });
    }

    void release(String tokenHash, String key) {
        database.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM idempotency_keys WHERE token_hash = ? AND idempotency_key = ?")) {
                delete.setString(1, tokenHash);
                delete.setString(2, key);
                return delete.executeUpdate();
            }
        });
    }

    private record Stored(String requestHash, int status, String body) {}

    private static Optional<Stored> find(java.sql.Connection connection, String tokenHash, String key)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT request_hash, response_status,"
                + " response_body FROM idempotency_keys WHERE token_hash = ? AND idempotency_key = ?")) {
            query.setString(1, tokenHash);
            query.setString(2, key);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next()
                        ? Optional.of(new Stored(rows.getString(1), rows.getInt(2), rows.getString(3)))
                        : Optional.empty();
            }
        }
    }
}
