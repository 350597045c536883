package dev.custos.server.access;

import static java.util.Objects.requireNonNull;

import dev.custos.server.storage.Database;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The API's bearer tokens. A token is {@code custos_} followed by 64 hex digits of fresh randomness; the server
 * stores only its SHA-256, so a copy of the database grants nothing. Lookups go by that hash (the token has 256 bits
 * of entropy, so the hash is as unguessable as the token and leaks nothing through timing).
 */
public final class ApiTokens {
    /** A token's last use is written at most this often. */
    static final long USE_RESOLUTION_MILLIS = 3_600_000;

    private static final String PREFIX = "custos_";
    private static final Pattern FORMAT = Pattern.compile("custos_[0-9a-f]{64}");

    private final Database database;
    private final Clock clock;
    private final SecureRandom random;

    public ApiTokens(Database database, Clock clock, SecureRandom random) {
        this.database = requireNonNull(database, "database is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.random = requireNonNull(random, "random is null");
    }

    /**
     * Creates a token for {@code name} with {@code roles} and returns it; this is the only time its text exists
     * outside the caller's hands.
     */
    public String issue(String name, Set<Role> roles) {
        requireNonNull(name, "name is null");
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a token needs at least one role");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + HexFormat.of().formatHex(secret);
        Arrays.fill(secret, (byte) 0);
        String roleList = roles.stream().map(Role::wireName).sorted().collect(Collectors.joining(","));
        database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO api_tokens (token_hash, name, roles, created_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, hash(token));
                insert.setString(2, name);
                insert.setString(3, roleList);
                insert.setLong(4, clock.millis());
                return insert.executeUpdate();
            }
        });
        return token;
    }

    /** Revokes every token issued to {@code name}; answers how many were live. */
    public int revokeAll(String name) {
        return database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE api_tokens SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL")) {
                update.setLong(1, clock.millis());
                update.setString(2, name);
                return update.executeUpdate();
            }
        });
    }

    /** The caller a presented token belongs to, if it is well formed, known and not revoked. */
    public Optional<Caller> authenticate(String token) {
        if (token == null || !FORMAT.matcher(token).matches()) {
            return Optional.empty();
        }
        String tokenHash = hash(token);
        return database.inTransaction(connection -> {
            Caller caller;
            long lastUsed;
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT name, roles, last_used_at FROM api_tokens WHERE token_hash = ? AND revoked_at IS NULL")) {
                query.setString(1, tokenHash);
                try (ResultSet rows = query.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    caller = new Caller(tokenHash, rows.getString(1), roles(rows.getString(2)));
                    lastUsed = rows.getLong(3);
                    if (rows.wasNull()) {
                        lastUsed = Long.MIN_VALUE;
                    }
                }
            }
            long now = clock.millis();
            if (lastUsed == Long.MIN_VALUE || now - lastUsed >= USE_RESOLUTION_MILLIS) {
                try (PreparedStatement update =
                        connection.prepareStatement("UPDATE api_tokens SET last_used_at = ? WHERE token_hash = ?")) {
                    update.setLong(1, now);
                    update.setString(2, tokenHash);
                    update.executeUpdate();
                }
            }
            return Optional.of(caller);
        });
    }

    /**
     * A live token of a person, for access reviews: when it was issued and last used (to the hour), by its device name.
     *
     * @param device {@code token:} and the first 16 hex digits of the token's hash
     * @param roles the roles it carries
     * @param createdAt when it was issued
     * @param lastUsedAt when it was last used, to within an hour; empty if never
     */
    public record TokenUse(String device, Set<Role> roles, Instant createdAt, Optional<Instant> lastUsedAt) {}

    /** The live tokens of every person, by name. */
    public Map<String, List<TokenUse>> liveTokens() {
        return database.inTransaction(connection -> {
            Map<String, List<TokenUse>> tokens = new TreeMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                            "SELECT name, token_hash, roles, created_at, last_used_at FROM api_tokens"
                                    + " WHERE revoked_at IS NULL ORDER BY created_at, token_hash");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long used = rows.getLong(5);
                    Optional<Instant> lastUsed =
                            rows.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(used));
                    tokens.computeIfAbsent(rows.getString(1), name -> new ArrayList<>())
                            .add(new TokenUse(
                                    "token:" + rows.getString(2).substring(0, 16),
                                    roles(rows.getString(3)),
                                    Instant.ofEpochMilli(rows.getLong(4)),
                                    lastUsed));
                }
            }
            return tokens;
        });
    }

    private static Set<Role> roles(String list) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        int start = 0;
        while (start <= list.length()) {
            int comma = list.indexOf(',', start);
            int end = comma < 0 ? list.length() : comma;
            Role.fromWire(list.substring(start, end)).ifPresent(roles::add);
            start = end + 1;
        }
        return roles;
    }

    private static String hash(String token) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
