package dev.custos.server.requests;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.server.api.StrictJson;
import dev.custos.server.storage.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Signing requests in the server's database (table {@code requests}), updated with optimistic locking. */
final class RequestStore {
    private final Database database;
    private final Clock clock;

    RequestStore(Database database, Clock clock) {
        this.database = requireNonNull(database, "database is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    void insert(StoredRequest request) {
        ObjectNode document = request.document();
        database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO requests (request_id, wallet_id, status, initiator, document, created_at, updated_at,"
                            + " row_version) VALUES (?, ?, ?, ?, ?, ?, ?, 0)")) {
                insert.setString(1, request.id());
                insert.setString(2, request.wallet());
                insert.setString(3, request.status());
                insert.setString(4, request.initiator());
                insert.setString(5, StrictJson.write(stored(document)));
                insert.setLong(6, request.createdAt().toEpochMilli());
                insert.setLong(7, clock.millis());
                insert.executeUpdate();
            }
            JsonNode simulation = document.get("simulation");
            if (simulation != null && simulation.isObject()) {
                insertSimulation(connection, request.id(), simulation);
            }
            return null;
        });
    }

    /**
     * Writes {@code changed} over the row it was read from; false (nothing written) if the row changed since.
     */
    boolean update(StoredRequest changed) {
        return database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE requests SET status = ?, document = ?, updated_at = ?, row_version = row_version + 1"
                            + " WHERE request_id = ? AND row_version = ?")) {
                update.setString(1, changed.status());
                update.setString(2, StrictJson.write(stored(changed.document())));
                update.setLong(3, clock.millis());
                update.setString(4, changed.id());
                update.setLong(5, changed.rowVersion());
                return update.executeUpdate() == 1;
            }
        });
    }

    /**
     * Reads request {@code id}, applies {@code change} and writes the result over the row it was read from, again from
     * the start (at most five times) when another change got there first.
     *
     * @return the request as written; empty when there is no such request or {@code change} wants no change
     * @throws IllegalStateException when the row kept changing under every attempt
     */
    Optional<StoredRequest> change(String id, Function<StoredRequest, Optional<StoredRequest>> change) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Optional<StoredRequest> current = find(id);
            if (current.isEmpty()) {
                return Optional.empty();
            }
            Optional<StoredRequest> changed = change.apply(current.get());
            if (changed.isEmpty()) {
                return Optional.empty();
            }
            if (update(changed.get())) {
                return find(id);
            }
        }
        throw new IllegalStateException("request " + id + " kept changing while it was being updated");
    }

    Optional<StoredRequest> find(String id) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(SELECT + " WHERE r.request_id = ?")) {
                query.setString(1, id);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(read(rows)) : Optional.empty();
                }
            }
        });
    }

    /**
     * One page of requests, newest first, after {@code cursor} (a created-at and id pair), filtered by status and
     * wallet when given.
     */
    List<StoredRequest> page(Optional<String> status, Optional<String> wallet, Optional<Cursor> cursor, int limit) {
        StringBuilder sql = new StringBuilder(SELECT + " WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        status.ifPresent(value -> {
            sql.append(" AND r.status = ?");
            parameters.add(value);
        });
        wallet.ifPresent(value -> {
            sql.append(" AND r.wallet_id = ?");
            parameters.add(value);
        });
        cursor.ifPresent(value -> {
            sql.append(" AND (r.created_at < ? OR (r.created_at = ? AND r.request_id < ?))");
            parameters.add(value.createdAt());
            parameters.add(value.createdAt());
            parameters.add(value.id());
        });
        sql.append(" ORDER BY r.created_at DESC, r.request_id DESC LIMIT ?");
        parameters.add(limit);
        return database.inTransaction(connection -> query(connection, sql.toString(), parameters));
    }

    /** Requests in {@code status} (for the sweeps after a restart and for due delays). */
    List<StoredRequest> inStatus(String status) {
        return database.inTransaction(
                connection -> query(connection, SELECT + " WHERE r.status = ? ORDER BY r.created_at", List.of(status)));
    }

    private static List<StoredRequest> query(Connection connection, String sql, List<Object> parameters)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                query.setObject(i + 1, parameters.get(i));
            }
            List<StoredRequest> found = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(read(rows));
                }
            }
            return found;
        }
    }

    private static final String SELECT = "SELECT r.request_id, r.wallet_id, r.status, r.initiator, r.created_at,"
            + " r.document, r.row_version, s.document, b.tx_hash, b.broadcast_at, b.broadcast_by, b.node"
            + " FROM requests r LEFT JOIN request_simulations s ON s.request_id = r.request_id"
            + " LEFT JOIN request_broadcasts b ON b.request_id = r.request_id";

    /**
     * Fields of the request's document kept in their own tables or derived when it is read: the simulation (written
     * once, with the request), the broadcast, and the flags of the decoded intent and the simulation together.
     */
    private static final List<String> JOINED = List.of("simulation", "broadcast", "flags");

    /** Records the broadcast of request {@code id}; false (nothing written) if one is recorded already. */
    boolean recordBroadcast(String id, Broadcast broadcast) {
        return database.inTransaction(connection -> {
            if (broadcast(connection, id).isPresent()) {
                return false;
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO request_broadcasts (request_id, tx_hash, broadcast_at, broadcast_by, node)"
                            + " VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, id);
                insert.setString(2, broadcast.transactionHash());
                insert.setLong(3, broadcast.at().toEpochMilli());
                insert.setString(4, broadcast.by());
                insert.setString(5, broadcast.node());
                insert.executeUpdate();
            }
            return true;
        });
    }

    /** The recorded broadcast of request {@code id}, if any. */
    Optional<Broadcast> broadcast(String id) {
        return database.inTransaction(connection -> broadcast(connection, id));
    }

    private static Optional<Broadcast> broadcast(Connection connection, String id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT tx_hash, broadcast_at, broadcast_by, node FROM request_broadcasts WHERE request_id = ?")) {
            query.setString(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next()
                        ? Optional.of(new Broadcast(
                                rows.getString(1),
                                Instant.ofEpochMilli(rows.getLong(2)),
                                rows.getString(3),
                                rows.getString(4)))
                        : Optional.empty();
            }
        }
    }

    private static void insertSimulation(Connection connection, String id, JsonNode simulation) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO request_simulations (request_id, status, block_number, simulated_at, document)"
                        + " VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, simulation.path("status").asText());
            JsonNode block = simulation.path("block").path("number");
            if (block.canConvertToLong()) {
                insert.setLong(3, block.asLong());
            } else {
                insert.setNull(3, Types.BIGINT);
            }
            insert.setLong(
                    4, Instant.parse(simulation.path("simulated_at").asText()).toEpochMilli());
            insert.setString(5, StrictJson.write(simulation));
            insert.executeUpdate();
        }
    }

    /** The document as the requests table keeps it: without the joined and derived fields. */
    private static ObjectNode stored(ObjectNode document) {
        ObjectNode copy = document.deepCopy();
        JOINED.forEach(copy::remove);
        return copy;
    }

    private static StoredRequest read(ResultSet rows) throws SQLException {
        ObjectNode document = (ObjectNode) StrictJson.tree(rows.getString(6));
        String simulation = rows.getString(8);
        if (simulation != null) {
            document.set("simulation", StrictJson.tree(simulation));
        } else if (document.path("chain").asText().equals("ethereum")) {
            document.putNull("simulation");
        }
        String transactionHash = rows.getString(9);
        if (transactionHash != null) {
            new Broadcast(
                            transactionHash,
                            Instant.ofEpochMilli(rows.getLong(10)),
                            rows.getString(11),
                            rows.getString(12))
                    .writeTo(document.putObject("broadcast"));
        }
        document.set("flags", RequestFlags.of(document));
        return new StoredRequest(
                rows.getString(1),
                rows.getString(2),
                document.path("chain").asText(),
                rows.getString(3),
                rows.getString(4),
                Instant.ofEpochMilli(rows.getLong(5)),
                document,
                rows.getLong(7));
    }

    /**
     * Where a page ends: the last request's creation time (Unix ms) and id.
     *
     * @param createdAt Unix milliseconds
     * @param id the request id
     */
    record Cursor(long createdAt, String id) {
        Cursor {
            requireNonNull(id, "id is null");
        }
    }
}
