package dev.custos.server.passkeys;

import static java.util.Objects.requireNonNull;

import dev.custos.server.storage.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The enrolled passkeys in the server's database (table {@code passkeys}). */
public final class PasskeyStore {
    private static final String COLUMNS = "credential_id, person, user_handle, public_key_cose, public_key_spki,"
            + " algorithm, signature_count, created_at";

    private final Database database;

    public PasskeyStore(Database database) {
        this.database = requireNonNull(database, "database is null");
    }

    /** Stores a new passkey; false when its credential id is enrolled already (nothing changes then). */
    public boolean add(Passkey passkey) {
        return database.inTransaction(connection -> {
            if (find(connection, passkey.credentialId()).isPresent()) {
                return false;
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO passkeys (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, passkey.credentialId());
                insert.setString(2, passkey.person());
                insert.setString(3, passkey.userHandle());
                insert.setString(4, passkey.publicKeyCose());
                insert.setString(5, passkey.publicKeySpki());
                insert.setString(6, passkey.algorithm());
                insert.setLong(7, passkey.signatureCount());
                insert.setLong(8, passkey.createdAt().toEpochMilli());
                insert.executeUpdate();
            }
            return true;
        });
    }

    public Optional<Passkey> find(String credentialId) {
        return database.inTransaction(connection -> find(connection, credentialId));
    }

    /** A person's passkeys, oldest first. */
    public List<Passkey> forPerson(String person) {
        return list("WHERE person = ? ORDER BY created_at, credential_id", person);
    }

    /** The passkeys under a user handle (one person's). */
    public List<Passkey> forUserHandle(String userHandle) {
        return list("WHERE user_handle = ? ORDER BY created_at, credential_id", userHandle);
    }

    /** Every passkey, by person. */
    public List<Passkey> all() {
        return list("ORDER BY person, created_at, credential_id", null);
    }

    /**
     * Raises the stored signature counter to {@code count}; false when the stored one is already as high or higher
     * (a cloned authenticator or a replayed assertion).
     */
    public boolean advanceSignatureCount(String credentialId, long count) {
        return database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE passkeys SET signature_count = ? WHERE credential_id = ? AND signature_count < ?")) {
                update.setLong(1, count);
                update.setString(2, credentialId);
                update.setLong(3, count);
                return update.executeUpdate() == 1;
            }
        });
    }

    /** Records that passkey {@code credentialId} was used (a verified sign-in or approval) at {@code at}. */
    public void recordUse(String credentialId, Instant at) {
        database.inTransaction(connection -> {
            try (PreparedStatement update =
                    connection.prepareStatement("UPDATE passkeys SET last_used_at = ? WHERE credential_id = ?")) {
                update.setLong(1, at.toEpochMilli());
                update.setString(2, credentialId);
                update.executeUpdate();
            }
            return null;
        });
    }

    /** When each passkey that was ever used was last used, by credential id. */
    public Map<String, Instant> lastUses() {
        return database.inTransaction(connection -> {
            Map<String, Instant> uses = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                            "SELECT credential_id, last_used_at FROM passkeys WHERE last_used_at IS NOT NULL");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    uses.put(rows.getString(1), Instant.ofEpochMilli(rows.getLong(2)));
                }
            }
            return uses;
        });
    }

    private List<Passkey> list(String clause, String parameter) {
        return database.inTransaction(connection -> {
            List<Passkey> passkeys = new ArrayList<>();
            try (PreparedStatement query =
                    connection.prepareStatement("SELECT " + COLUMNS + " FROM passkeys " + clause)) {
                if (parameter != null) {
                    query.setString(1, parameter);
                }
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        passkeys.add(read(rows));
                    }
                }
            }
            return passkeys;
        });
    }

    private static Optional<Passkey> find(Connection connection, String credentialId) throws SQLException {
        try (PreparedStatement query =
                connection.prepareStatement("SELECT " + COLUMNS + " FROM passkeys WHERE credential_id = ?")) {
            query.setString(1, credentialId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    private static Passkey read(ResultSet rows) throws SQLException {
        return new Passkey(
                rows.getString(1),
                rows.getString(2),
                rows.getString(3),
                rows.getString(4),
                rows.getString(5),
                rows.getString(6),
                rows.getLong(7),
                Instant.ofEpochMilli(rows.getLong(8)));
    }
}
