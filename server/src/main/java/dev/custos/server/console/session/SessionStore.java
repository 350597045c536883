package dev.custos.server.console.session;

import static java.util.Objects.requireNonNull;

import dev.custos.server.access.Caller;
import dev.custos.server.access.Role;
import dev.custos.server.storage.Database;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Console sessions in the database (table {@code console_sessions}, migration V6): only the SHA-256 of each id is
 * stored. A session ends after {@link #IDLE} without use, {@link #ABSOLUTE} after it started, at sign-out, or when its
 * person signs out everywhere.
 */
public final class SessionStore {
    /** A session unused this long is over. */
    public static final Duration IDLE = Duration.ofMinutes(15);
    /** A session this old is over, used or not. */
    public static final Duration ABSOLUTE = Duration.ofHours(8);

    private final Database database;
    private final Clock clock;
    private final SecureRandom random;

    public SessionStore(Database database, Clock clock, SecureRandom random) {
        this.database = requireNonNull(database, "database is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.random = requireNonNull(random, "random is null");
    }

    /** Starts a session for {@code caller}, who proved themselves with {@code credential}; returns its cookie value. */
    public String start(Caller caller, String credential) {
        requireNonNull(caller, "caller is null");
        requireNonNull(credential, "credential is null");
        SessionId id = SessionId.random(random);
        long now = clock.millis();
        String roles = caller.roles().stream().map(Role::wireName).sorted().collect(Collectors.joining(","));
        database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO console_sessions (session_hash, person, roles, credential, created_at, last_seen_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, id.hash());
                insert.setString(2, caller.name());
                insert.setString(3, roles);
                insert.setString(4, credential);
                insert.setLong(5, now);
                insert.setLong(6, now);
                return insert.executeUpdate();
            }
        });
        String cookie = id.cookieValue();
        id.destroy();
        return cookie;
    }

    /**
     * The live session a cookie value names, marked as used now; empty when the value is malformed, unknown, ended,
     * idle too long or too old.
     */
    public Optional<ConsoleSession> find(String cookie) {
        Optional<SessionId> parsed = SessionId.parse(cookie);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        SessionId id = parsed.get();
        String hash = id.hash();
        String csrf = id.csrfToken();
        id.destroy();
        Instant now = clock.instant();
        return database.inTransaction(connection -> {
            Caller caller;
            String credential;
            Instant created;
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT person, roles, credential, created_at, last_seen_at FROM console_sessions"
                            + " WHERE session_hash = ? AND revoked_at IS NULL")) {
                query.setString(1, hash);
                try (ResultSet rows = query.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.<ConsoleSession>empty();
                    }
                    created = Instant.ofEpochMilli(rows.getLong(4));
                    Instant lastSeen = Instant.ofEpochMilli(rows.getLong(5));
                    if (!now.isBefore(created.plus(ABSOLUTE)) || !now.isBefore(lastSeen.plus(IDLE))) {
                        return Optional.<ConsoleSession>empty();
                    }
                    credential = rows.getString(3);
                    caller = new Caller("session:" + hash, rows.getString(1), roles(rows.getString(2)));
                }
            }
            try (PreparedStatement touch = connection.prepareStatement(
                    "UPDATE console_sessions SET last_seen_at = ? WHERE session_hash = ?")) {
                touch.setLong(1, now.toEpochMilli());
                touch.setString(2, hash);
                touch.executeUpdate();
            }
            return Optional.of(new ConsoleSession(hash, caller, credential, csrf, created));
        });
    }

    /** Ends one session. */
    public void end(ConsoleSession session) {
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE console_sessions SET revoked_at = ? WHERE session_hash = ? AND revoked_at IS NULL")) {
                update.setLong(1, clock.millis());
                update.setString(2, session.sessionHash());
                return update.executeUpdate();
            }
        });
    }

    /** Ends every live session of {@code person}; returns how many. */
    public int endAll(String person) {
        return database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE console_sessions SET revoked_at = ? WHERE person = ? AND revoked_at IS NULL")) {
                update.setLong(1, clock.millis());
                update.setString(2, person);
                return update.executeUpdate();
            }
        });
    }

    private static Set<Role> roles(String list) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : list.split(",", -1)) {
            Role.fromWire(name).ifPresent(roles::add);
        }
        return roles;
    }
}
