package dev.custos.server.storage;

import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The server's database: a connection pool over SQLite or PostgreSQL whose schema {@link #open} brings to the newest
 * version with the forward-only migrations in {@code db/migration} (the same SQL for both products; the one type that
 * differs, a byte string, is the {@code ${bytes}} placeholder).
 *
 * <p>SQLite runs in WAL mode with full synchronous writes, foreign keys on, and transactions that take the write lock
 * when they begin ({@code IMMEDIATE}), so two writers wait for each other instead of failing mid-transaction.
 */
public final class Database implements AutoCloseable {
    private final DatabaseKind kind;
    private final HikariDataSource pool;
    private final int schemaVersion;

    private Database(DatabaseKind kind, HikariDataSource pool, int schemaVersion) {
        this.kind = kind;
        this.pool = pool;
        this.schemaVersion = schemaVersion;
    }

    /**
     * Connects, migrates the schema to the newest version, and returns the open database.
     *
     * @throws StorageException if the database cannot be reached or a migration fails (the message says which)
     */
    public static Database open(DatabaseSettings settings) {
        return open(settings, "latest");
    }

    /**
     * Opens an existing database without changing it: for readers such as {@code custos audit verify}. The schema must
     * be the one this build writes (no migration is run).
     *
     * @throws StorageException if the database is missing, unreachable, or at another schema version
     */
    public static Database openReadOnly(DatabaseSettings settings) {
        requireNonNull(settings, "settings is null");
        DatabaseKind kind = settings.kind();
        HikariDataSource pool;
        try {
            HikariConfig config = poolConfig(settings, kind);
            config.setReadOnly(true);
            if (kind == DatabaseKind.SQLITE) {
                config.addDataSourceProperty("open_mode", "1");
            }
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StorageException("cannot open the database at " + settings.jdbcUrl() + ": " + rootMessage(e), e);
        }
        try {
            var current = Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .placeholders(Map.of("bytes", kind.bytesType()))
                    .load()
                    .info()
                    .current();
            if (current == null || current.getVersion() == null) {
                throw new StorageException("the database at " + settings.jdbcUrl() + " holds no Custos schema");
            }
            return new Database(
                    kind, pool, Integer.parseInt(current.getVersion().getVersion()));
        } catch (FlywayException | NumberFormatException e) {
            pool.close();
            throw new StorageException("cannot read the database at " + settings.jdbcUrl() + ": " + rootMessage(e), e);
        } catch (StorageException e) {
            pool.close();
            throw e;
        }
    }

    /** Opens and migrates only up to {@code targetVersion}: how the tests build a database of an older release. */
    static Database openAtVersion(DatabaseSettings settings, int targetVersion) {
        return open(settings, Integer.toString(targetVersion));
    }

    private static Database open(DatabaseSettings settings, String target) {
        requireNonNull(settings, "settings is null");
        DatabaseKind kind = settings.kind();
        if (kind == DatabaseKind.SQLITE) {
            createParentFolder(settings.jdbcUrl());
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(poolConfig(settings, kind));
        } catch (RuntimeException e) {
            throw new StorageException("cannot open the database at " + settings.jdbcUrl() + ": " + rootMessage(e), e);
        }
        try {
            MigrateResult result = Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .placeholders(Map.of("bytes", kind.bytesType()))
                    .failOnMissingLocations(true)
                    .target(target)
                    .load()
                    .migrate();
            String version =
                    result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
            return new Database(kind, pool, version == null ? 0 : Integer.parseInt(version));
        } catch (FlywayException | NumberFormatException e) {
            pool.close();
            throw new StorageException(
                    "cannot migrate the database at " + settings.jdbcUrl() + ": " + rootMessage(e), e);
        }
    }

    private static void createParentFolder(String jdbcUrl) {
        String file = jdbcUrl.substring("jdbc:sqlite:".length());
        if (file.isEmpty() || file.startsWith(":") || file.startsWith("file:")) {
            return;
        }
        Path parent = Path.of(file).toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StorageException("cannot create the database folder " + parent + ": " + e.getMessage(), e);
        }
    }

    private static HikariConfig poolConfig(DatabaseSettings settings, DatabaseKind kind) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.jdbcUrl());
        config.setMaximumPoolSize(settings.maxConnections());
        config.setPoolName("custos-" + kind.name().toLowerCase(java.util.Locale.ROOT));
        config.setInitializationFailTimeout(10_000);
        config.setConnectionTimeout(10_000);
        if (!settings.user().isEmpty()) {
            config.setUsername(settings.user());
        }
        if (!settings.password().isEmpty()) {
            config.setPassword(settings.password());
        }
        if (kind == DatabaseKind.SQLITE) {
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("synchronous", "FULL");
            config.addDataSourceProperty("foreign_keys", "true");
            config.addDataSourceProperty("busy_timeout", "10000");
            config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
        }
        return config;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        for (int depth = 0; depth < 16 && root.getCause() != null; depth++) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** The product behind this database. */
    public DatabaseKind kind() {
        return kind;
    }

    /** The schema version after migration (the highest applied {@code V<n>__} script). */
    public int schemaVersion() {
        return schemaVersion;
    }

    /**
     * Runs {@code body} in one transaction: committed when it returns, rolled back when it throws.
     *
     * @throws StorageException wrapping an {@link SQLException} of the body or of the commit
     */
    public <T> T inTransaction(Transaction<T> body) {
        requireNonNull(body, "body is null");
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = body.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StorageException("database transaction failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    @Override
    public String toString() {
        return "Database[" + kind + ", schema v" + schemaVersion + "]";
    }
}
