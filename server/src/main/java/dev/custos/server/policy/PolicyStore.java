package dev.custos.server.policy;

import static java.util.Objects.requireNonNull;

import dev.custos.policy.model.Policy;
import dev.custos.policy.model.PolicyParser;
import dev.custos.server.storage.Database;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The active policy in the server's database (table {@code policies}, one row per activated version). The server uses
 * it to decide and to show decisions; the nodes enforce their own, quorum-signed copy.
 */
public final class PolicyStore {
    private final Database database;
    private final Clock clock;
    private volatile Optional<ActivePolicy> cached = Optional.empty();

    /**
     * The active policy: its document exactly as activated and its parsed form.
     *
     * @param document the JSON text
     * @param policy the parsed policy
     */
    public record ActivePolicy(String document, Policy policy) {
        public ActivePolicy {
            requireNonNull(document, "document is null");
            requireNonNull(policy, "policy is null");
        }

        public byte[] bytes() {
            return document.getBytes(StandardCharsets.UTF_8);
        }
    }

    public PolicyStore(Database database, Clock clock) {
        this.database = requireNonNull(database, "database is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** The policy of the highest activated version, if any. */
    public Optional<ActivePolicy> active() {
        Optional<ActivePolicy> known = cached;
        if (known.isPresent()) {
            return known;
        }
        Optional<ActivePolicy> loaded = database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                            "SELECT document FROM policies ORDER BY policy_version DESC LIMIT 1");
                    ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                String document = rows.getString(1);
                return Optional.of(new ActivePolicy(document, PolicyParser.parse(document)));
            }
        });
        cached = loaded;
        return loaded;
    }

    /**
     * Activates {@code policy} in place of the active version {@code replaces}; false (nothing changes) when the active
     * version is another one by now.
     *
     * @param activation runs inside the transaction after the row is written and before it commits (the nodes install
     *     the policy there, so that a refusal leaves the old version active)
     */
    public boolean replace(long replaces, ActivePolicy policy, Runnable activation) {
        return activate(OptionalLong.of(replaces), policy, activation);
    }

    /** Activates {@code policy} while no policy is active (bootstrap); false if one is active already. */
    public boolean bootstrap(ActivePolicy policy, Runnable activation) {
        return activate(OptionalLong.empty(), policy, activation);
    }

    /** Writes {@code policy} if the highest activated version is still {@code expected} (empty: none yet). */
    private boolean activate(OptionalLong expected, ActivePolicy policy, Runnable activation) {
        boolean done = database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT MAX(policy_version) FROM policies");
                    ResultSet rows = query.executeQuery()) {
                rows.next();
                long highest = rows.getLong(1);
                OptionalLong found = rows.wasNull() ? OptionalLong.empty() : OptionalLong.of(highest);
                if (!found.equals(expected)) {
                    return false;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO policies (policy_version, document, activated_at) VALUES (?, ?, ?)")) {
                insert.setLong(1, policy.policy().version());
                insert.setString(2, policy.document());
                insert.setLong(3, clock.millis());
                insert.executeUpdate();
            }
            activation.run();
            return true;
        });
        if (done) {
            cached = Optional.of(policy);
        }
        return done;
    }
}
