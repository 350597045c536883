package dev.custos.server.storage;

import static java.util.Objects.requireNonNull;

import dev.custos.audit.log.AuditStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The audit log's entries and checkpoints in the server's database (table {@code audit_entries}). An append inserts
 * the row of index {@link #size()}; a concurrent append of the same index by another process fails on the primary key
 * instead of forking the log.
 */
public final class JdbcAuditStore implements AuditStore {
    private final Database database;

    public JdbcAuditStore(Database database) {
        this.database = requireNonNull(database, "database is null");
    }

    @Override
    public long size() {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM audit_entries");
                    ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    @Override
    public byte[] entry(long index) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query =
                    connection.prepareStatement("SELECT entry FROM audit_entries WHERE entry_index = ?")) {
                query.setLong(1, index);
                try (ResultSet rows = query.executeQuery()) {
                    if (!rows.next()) {
                        throw new IndexOutOfBoundsException("audit entry " + index + " does not exist");
                    }
                    return rows.getBytes(1);
                }
            }
        });
    }

    @Override
    public void append(byte[] entry, String checkpointNote) {
        requireNonNull(entry, "entry is null");
        requireNonNull(checkpointNote, "checkpointNote is null");
        database.inTransaction(connection -> {
            long index;
            try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM audit_entries");
                    ResultSet rows = query.executeQuery()) {
                rows.next();
                index = rows.getLong(1);
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO audit_entries (entry_index, entry, checkpoint_note) VALUES (?, ?, ?)")) {
                insert.setLong(1, index);
                insert.setBytes(2, entry);
                insert.setString(3, checkpointNote);
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<String> checkpoint(long treeSize) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query =
                    connection.prepareStatement("SELECT checkpoint_note FROM audit_entries WHERE entry_index = ?")) {
                query.setLong(1, treeSize - 1);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void replaceCheckpoint(long treeSize, String checkpointNote) {
        requireNonNull(checkpointNote, "checkpointNote is null");
        int updated = database.inTransaction(connection -> {
            try (PreparedStatement update =
                    connection.prepareStatement("UPDATE audit_entries SET checkpoint_note = ? WHERE entry_index = ?")) {
                update.setString(1, checkpointNote);
                update.setLong(2, treeSize - 1);
                return update.executeUpdate();
            }
        });
        if (updated != 1) {
            throw new IllegalArgumentException("no checkpoint of size " + treeSize);
        }
    }

    @Override
    public List<String> checkpoints() {
        return database.inTransaction(connection -> {
            List<String> notes = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                            "SELECT checkpoint_note FROM audit_entries ORDER BY entry_index");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    notes.add(rows.getString(1));
                }
            }
            return notes;
        });
    }
}
