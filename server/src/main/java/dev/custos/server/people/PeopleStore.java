package dev.custos.server.people;

import static java.util.Objects.requireNonNull;

import dev.custos.server.api.StrictJson;
import dev.custos.server.storage.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The people registry in the server's database (table {@code people}). */
public final class PeopleStore {
    private final Database database;
    private final Clock clock;

    public PeopleStore(Database database, Clock clock) {
        this.database = requireNonNull(database, "database is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** Adds {@code person}; false if someone of that name exists already (nothing is changed then). */
    public boolean add(Person person) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM people WHERE name = ?")) {
                query.setString(1, person.name());
                try (ResultSet rows = query.executeQuery()) {
                    if (rows.next()) {
                        return false;
                    }
                }
            }
            try (PreparedStatement insert =
                    connection.prepareStatement("INSERT INTO people (name, document, created_at) VALUES (?, ?, ?)")) {
                insert.setString(1, person.name());
                insert.setString(2, StrictJson.write(person));
                insert.setLong(3, clock.millis());
                insert.executeUpdate();
            }
            return true;
        });
    }

    public Optional<Person> find(String name) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT document FROM people WHERE name = ?")) {
                query.setString(1, name);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next()
                            ? Optional.of(StrictJson.read(rows.getString(1), Person.class))
                            : Optional.empty();
                }
            }
        });
    }

    /**
     * Records that {@code name} left; false when a departure is recorded already (the first one stands).
     *
     * @param name the person
     * @param by who recorded it
     * @param reason why, for the audit trail and reviewers
     */
    public boolean recordDeparture(String name, String by, String reason) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM departures WHERE person = ?")) {
                query.setString(1, name);
                try (ResultSet rows = query.executeQuery()) {
                    if (rows.next()) {
                        return false;
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO departures (person, departed_at, recorded_by, reason) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, name);
                insert.setLong(2, clock.millis());
                insert.setString(3, by);
                insert.setString(4, reason);
                insert.executeUpdate();
            }
            return true;
        });
    }

    /** When each person who left departed, by name. */
    public Map<String, Instant> departures() {
        return database.inTransaction(connection -> {
            Map<String, Instant> departed = new TreeMap<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT person, departed_at FROM departures");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    departed.put(rows.getString(1), Instant.ofEpochMilli(rows.getLong(2)));
                }
            }
            return departed;
        });
    }

    /** Everyone, by name. */
    public List<Person> all() {
        return database.inTransaction(connection -> {
            List<Person> people = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT document FROM people ORDER BY name");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    people.add(StrictJson.read(rows.getString(1), Person.class));
                }
            }
            return people;
        });
    }
}
