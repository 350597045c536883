package dev.custos.server.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh, empty databases for tests: a SQLite file in a test's folder, or a new database on one real PostgreSQL server
 * (zonky's embedded binaries, PostgreSQL 18) started once per test JVM and stopped when it exits.
 */
public final class TestDatabases {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestDatabases() {}

    public static DatabaseSettings fresh(DatabaseKind kind, Path folder) {
        return switch (kind) {
            case SQLITE -> DatabaseSettings.sqlite(folder.resolve("custos-" + COUNTER.incrementAndGet() + ".db"));
            case POSTGRESQL -> freshPostgres();
        };
    }

    private static synchronized DatabaseSettings freshPostgres() {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
                EmbeddedPostgres started = postgres;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> close(started)));
            }
            String name = "custos_test_" + COUNTER.incrementAndGet();
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            }
            return new DatabaseSettings(
                    "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name, "postgres", "", 4);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void close(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            // The JVM is exiting; the data folder is in the temporary directory.
        }
    }
}
