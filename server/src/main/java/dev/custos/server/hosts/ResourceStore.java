package dev.custos.server.hosts;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.custos.exposure.registry.Resource;
import dev.custos.server.api.StrictJson;
import dev.custos.server.storage.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Resources (table {@code resources}) and who can reach which (table {@code person_access}). The registry describes
 * who can log in where; it grants nothing, so both are set directly by an admin at any time (audited, and shown with
 * what they do to the exposure figures).
 */
public final class ResourceStore {
    private static final TypeReference<List<String>> NAMES = new TypeReference<>() {};

    private final Database database;
    private final Clock clock;

    public ResourceStore(Database database, Clock clock) {
        this.database = requireNonNull(database, "database is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** Adds or replaces {@code resource}; answers the one it replaced, if any. */
    public Optional<Resource> put(Resource resource) {
        return database.inTransaction(connection -> {
            Optional<Resource> before = Optional.ofNullable(all(connection).get(resource.id()));
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM resources WHERE resource_id = ?")) {
                delete.setString(1, resource.id());
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO resources (resource_id, kind, nodes, contains, updated_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, resource.id());
                insert.setString(2, resource.kind());
                insert.setString(3, StrictJson.write(resource.nodes()));
                insert.setString(4, StrictJson.write(resource.contains()));
                insert.setLong(5, clock.millis());
                insert.executeUpdate();
            }
            return before;
        });
    }

    /** Every resource, by id. */
    public Map<String, Resource> all() {
        return database.inTransaction(ResourceStore::all);
    }

    private static Map<String, Resource> all(Connection connection) throws SQLException {
        {
            Map<String, Resource> resources = new TreeMap<>();
            try (PreparedStatement query =
                            connection.prepareStatement("SELECT resource_id, kind, nodes, contains FROM resources");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    resources.put(
                            rows.getString(1),
                            new Resource(
                                    rows.getString(1),
                                    rows.getString(2),
                                    names(rows.getString(3)),
                                    names(rows.getString(4))));
                }
            }
            return resources;
        }
    }

    /** Sets the resources {@code person} can reach; answers what they could reach before. */
    public List<String> setAccess(String person, List<String> resources) {
        return database.inTransaction(connection -> {
            List<String> before = access(connection).getOrDefault(person, List.of());
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM person_access WHERE person = ?")) {
                delete.setString(1, person);
                delete.executeUpdate();
            }
            if (!resources.isEmpty()) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO person_access (person, resources, updated_at) VALUES (?, ?, ?)")) {
                    insert.setString(1, person);
                    insert.setString(2, StrictJson.write(resources));
                    insert.setLong(3, clock.millis());
                    insert.executeUpdate();
                }
            }
            return before;
        });
    }

    /** The resources each person can reach, by name. */
    public Map<String, List<String>> access() {
        return database.inTransaction(ResourceStore::access);
    }

    private static Map<String, List<String>> access(Connection connection) throws SQLException {
        {
            Map<String, List<String>> access = new TreeMap<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT person, resources FROM person_access");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    access.put(rows.getString(1), names(rows.getString(2)));
                }
            }
            return access;
        }
    }

    private static List<String> names(String json) {
        try {
            return new ArrayList<>(StrictJson.mapper().readValue(json, NAMES));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored list of names does not parse", e);
        }
    }
}
