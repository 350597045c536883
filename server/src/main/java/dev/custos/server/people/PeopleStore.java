package dev.custos.server.people;

import static java.util.Objects.requireNonNull;

import dev.custos.server.api.StrictJson;
import dev.custos.server.storage.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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

    /**
     * Records that {@code name} is leaving on {@code lastDay} (a later record replaces the date).
     *
     * @return the date recorded before, if any
     */
    public Optional<LocalDate> recordLeaving(String name, LocalDate lastDay, String by) {
        return database.inTransaction(connection -> {
            Optional<LocalDate> before = Optional.empty();
            try (PreparedStatement query =
                    connection.prepareStatement("SELECT leaving_on FROM leavers WHERE person = ?")) {
                query.setString(1, name);
                try (ResultSet rows = query.executeQuery()) {
                    if (rows.next()) {
                        before = Optional.of(LocalDate.parse(rows.getString(1)));
                    }
                }
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM leavers WHERE person = ?")) {
                delete.setString(1, name);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO leavers (person, leaving_on, recorded_by, recorded_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, name);
                insert.setString(2, lastDay.toString());
                insert.setString(3, by);
                insert.setLong(4, clock.millis());
                insert.executeUpdate();
            }
            return before;
        });
    }

    /** The last day of each person announced as leaving, by name (people who left since are included). */
    public Map<String, LocalDate> leavers() {
        return database.inTransaction(connection -> {
            Map<String, LocalDate> leaving = new TreeMap<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT person, leaving_on FROM leavers");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    leaving.put(rows.getString(1), LocalDate.parse(rows.getString(2)));
                }
            }
            return leaving;
        });
    }

    /** A person's employment: {@code left} once offboarded, {@code leaving} once announced, else {@code active}. */
    public String employment(String name) {
        if (departures().containsKey(name)) {
            return "left";
        }
        return leavers().containsKey(name) ? "leaving" : "active";
    }

    /**
     * Gives {@code name} the roles of {@code changed} (the same person with other roles).
     *
     * @return the person as they were, or empty when there is no such person
     */
    public Optional<Person> replace(Person changed) {
        return database.inTransaction(connection -> {
            Optional<Person> before = Optional.empty();
            try (PreparedStatement query = connection.prepareStatement("SELECT document FROM people WHERE name = ?")) {
                query.setString(1, changed.name());
                try (ResultSet rows = query.executeQuery()) {
                    if (rows.next()) {
                        before = Optional.of(StrictJson.read(rows.getString(1), Person.class));
                    }
                }
            }
            if (before.isEmpty()) {
                return before;
            }
            try (PreparedStatement update =
                    connection.prepareStatement("UPDATE people SET document = ? WHERE name = ?")) {
                update.setString(1, StrictJson.write(changed));
                update.setString(2, changed.name());
                update.executeUpdate();
            }
            return before;
        });
    }

    /** When each person was added to the registry, by name. */
    public Map<String, Instant> registeredAt() {
        return database.inTransaction(connection -> {
            Map<String, Instant> added = new TreeMap<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT name, created_at FROM people");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    added.put(rows.getString(1), Instant.ofEpochMilli(rows.getLong(2)));
                }
            }
            return added;
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
