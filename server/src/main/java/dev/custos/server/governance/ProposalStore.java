package dev.custos.server.governance;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.server.api.StrictJson;
import dev.custos.server.storage.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Policy proposals in the server's database (table {@code policy_proposals}), updated with optimistic locking. */
final class ProposalStore {
    private static final String SELECT = "SELECT document, row_version FROM policy_proposals";

    private final Database database;
    private final Clock clock;

    ProposalStore(Database database, Clock clock) {
        this.database = requireNonNull(database, "database is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /**
     * A proposal as stored: its document and the row version it was read at.
     *
     * @param document the proposal as the API shows it
     * @param rowVersion the optimistic-locking version
     */
    record Stored(ObjectNode document, long rowVersion) {
        Stored {
            document = document.deepCopy();
        }

        @Override
        public ObjectNode document() {
            return document.deepCopy();
        }

        String id() {
            return document.get("id").asText();
        }

        String status() {
            return document.get("status").asText();
        }
    }

    void insert(ObjectNode proposal) {
        database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO policy_proposals (proposal_id, base_version, candidate_version, status, proposer,"
                            + " document, created_at, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, 0)")) {
                insert.setString(1, proposal.get("id").asText());
                insert.setLong(2, proposal.get("base_version").asLong());
                insert.setLong(3, proposal.get("candidate_version").asLong());
                insert.setString(4, proposal.get("status").asText());
                insert.setString(5, proposal.get("proposer").asText());
                insert.setString(6, StrictJson.write(proposal));
                insert.setLong(7, clock.millis());
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** Writes {@code changed} over the row {@code read} came from; false if that row changed since. */
    boolean update(Stored read, ObjectNode changed) {
        return database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE policy_proposals SET status = ?, document = ?, row_version = row_version + 1"
                            + " WHERE proposal_id = ? AND row_version = ?")) {
                update.setString(1, changed.get("status").asText());
                update.setString(2, StrictJson.write(changed));
                update.setString(3, read.id());
                update.setLong(4, read.rowVersion());
                return update.executeUpdate() == 1;
            }
        });
    }

    Optional<Stored> find(String id) {
        return database.inTransaction(connection -> {
            List<Stored> found = query(connection, SELECT + " WHERE proposal_id = ?", id);
            return found.stream().findFirst();
        });
    }

    /** Proposals in {@code status}, oldest first; every proposal, newest first, when {@code status} is empty. */
    List<Stored> list(Optional<String> status) {
        return database.inTransaction(connection -> status.isPresent()
                ? query(connection, SELECT + " WHERE status = ? ORDER BY created_at", status.get())
                : query(connection, SELECT + " ORDER BY created_at DESC", null));
    }

    private static List<Stored> query(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            if (parameter != null) {
                query.setString(1, parameter);
            }
            List<Stored> found = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(new Stored((ObjectNode) StrictJson.tree(rows.getString(1)), rows.getLong(2)));
                }
            }
            return found;
        }
    }
}
