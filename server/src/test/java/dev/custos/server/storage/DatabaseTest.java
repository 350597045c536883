package dev.custos.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DatabaseTest {
    /** The highest migration in src/main/resources/db/migration. */
    private static final int NEWEST = 10;

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void open_emptyDatabase_migratesToTheNewestSchema(DatabaseKind kind) {
        DatabaseSettings settings = TestDatabases.fresh(kind, folder);
        try (Database database = Database.open(settings)) {
            assertThat(database.kind()).isEqualTo(kind);
            assertThat(database.schemaVersion()).isEqualTo(NEWEST);
            assertThat(tableCount(database, "audit_entries")).isZero();
            assertThat(tableCount(database, "requests")).isZero();
            assertThat(tableCount(database, "node_operators")).isZero();
            assertThat(tableCount(database, "console_sessions")).isZero();
            assertThat(tableCount(database, "alert_feedback")).isZero();
            assertThat(tableCount(database, "alerts")).isZero();
            assertThat(tableCount(database, "policy_proposals")).isZero();
            assertThat(tableCount(database, "passkeys")).isZero();
            assertThat(tableCount(database, "enrollment_links")).isZero();
            assertThat(tableCount(database, "departures")).isZero();
            for (String table : new String[] {"leavers", "attestations", "power_use", "resources", "person_access"}) {
                assertThat(tableCount(database, table)).as(table).isZero();
            }
            assertThat(tableCount(database, "request_simulations")).isZero();
            assertThat(tableCount(database, "request_broadcasts")).isZero();
        }
        try (Database reopened = Database.open(settings)) {
            assertThat(reopened.schemaVersion()).isEqualTo(NEWEST);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void open_databaseOfEveryOlderVersion_migratesForwardAndKeepsItsRows(DatabaseKind kind) {
        for (int version = 1; version < NEWEST; version++) {
            DatabaseSettings settings = TestDatabases.fresh(kind, folder);
            try (Database old = Database.openAtVersion(settings, version)) {
                assertThat(old.schemaVersion()).isEqualTo(version);
                old.inTransaction(connection -> {
                    try (PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO audit_entries (entry_index, entry, checkpoint_note) VALUES (0, ?, 'n')")) {
                        insert.setBytes(1, new byte[] {1, 2, 3});
                        return insert.executeUpdate();
                    }
                });
            }
            try (Database migrated = Database.open(settings)) {
                assertThat(migrated.schemaVersion()).isEqualTo(NEWEST);
                assertThat(tableCount(migrated, "audit_entries")).isEqualTo(1);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void inTransaction_bodyThrows_rollsBack(DatabaseKind kind) {
        try (Database database = Database.open(TestDatabases.fresh(kind, folder))) {
            assertThatThrownBy(() -> database.inTransaction(connection -> {
                        try (PreparedStatement insert = connection.prepareStatement(
                                "INSERT INTO audit_entries (entry_index, entry, checkpoint_note) VALUES (0, ?, 'n')")) {
                            insert.setBytes(1, new byte[] {1});
                            insert.executeUpdate();
                        }
                        throw new IllegalStateException("body failed");
                    }))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("body failed");
            assertThat(tableCount(database, "audit_entries")).isZero();
        }
    }

    @Test
    void kind_unsupportedUrl_namesTheScheme() {
        assertThatThrownBy(() -> DatabaseKind.of("jdbc:mysql://db/custos"))
                .isInstanceOf(StorageException.class)
                .hasMessage("database URL 'jdbc:mysql:...' is not supported: use jdbc:sqlite:FILE or"
                        + " jdbc:postgresql://HOST:PORT/DATABASE");
    }

    @Test
    void open_unreachablePostgres_saysWhere() {
        DatabaseSettings settings = new DatabaseSettings("jdbc:postgresql://127.0.0.1:1/custos", "custos", "", 1);
        assertThatThrownBy(() -> Database.open(settings))
                .isInstanceOf(StorageException.class)
                .hasMessageStartingWith("cannot open the database at jdbc:postgresql://127.0.0.1:1/custos: ");
    }

    @Test
    void settings_toString_redactsThePassword() {
        DatabaseSettings settings = new DatabaseSettings("jdbc:postgresql://db/custos", "custos", "hunter2", 8);
        assertThat(settings.toString()).doesNotContain("hunter2").contains("password=(redacted)");
    }

    @Test
    void settings_poolSizeOutOfRange_isRefused() {
        assertThatThrownBy(() -> new DatabaseSettings("jdbc:sqlite:x.db", "", "", 0))
                .isInstanceOf(StorageException.class)
                .hasMessage("database maxConnections must be 1 to 64, not 0");
    }

    static long tableCount(Database database, String table) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
                    ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }
}
