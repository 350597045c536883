package dev.custos.server.people;

import static java.util.Objects.requireNonNull;

import dev.custos.server.storage.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * When each person last used a power that the server sees being used (table {@code power_use}): an approval of a
 * signing request that counted, an approval of a policy change that counted. Access reviews read it to find powers
 * nobody uses.
 */
public final class PowerUse {
    /** An approval of a signing request that counted. */
    public static final String REQUEST_APPROVAL = "request_approval";
    /** An approval of a policy change that counted. */
    public static final String CHANGE_APPROVAL = "change_approval";

    private final Database database;
    private final Clock clock;

    public PowerUse(Database database, Clock clock) {
        this.database = requireNonNull(database, "database is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** Records that {@code person} used {@code power} now. */
    public void used(String person, String power) {
        requireNonNull(person, "person is null");
        requireNonNull(power, "power is null");
        long now = clock.millis();
        database.inTransaction(connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM power_use WHERE person = ? AND power = ?")) {
                delete.setString(1, person);
                delete.setString(2, power);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO power_use (person, power, last_used_at) VALUES (?, ?, ?)")) {
                insert.setString(1, person);
                insert.setString(2, power);
                insert.setLong(3, now);
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** When {@code person} last approved anything (a request or a policy change), if ever. */
    public Optional<Instant> lastApproval(String person) {
        return Optional.ofNullable(lastUses().get(person));
    }

    /** Per person, the latest of their recorded uses. */
    public Map<String, Instant> lastUses() {
        return database.inTransaction(connection -> {
            Map<String, Instant> latest = new TreeMap<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT person, last_used_at FROM power_use");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Instant at = Instant.ofEpochMilli(rows.getLong(2));
                    latest.merge(rows.getString(1), at, (a, b) -> a.isAfter(b) ? a : b);
                }
            }
            return latest;
        });
    }
}
