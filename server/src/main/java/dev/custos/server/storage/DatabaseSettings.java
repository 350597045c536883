package dev.custos.server.storage;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * Where the server's database is and how to reach it.
 *
 * @param jdbcUrl {@code jdbc:sqlite:FILE} or {@code jdbc:postgresql://HOST:PORT/DATABASE}
 * @param user the database user; empty for SQLite
 * @param password the password; empty for SQLite or for trust/peer authentication. Not printed by {@link #toString()}.
 * @param maxConnections the size of the connection pool, 1 to 64
 */
public record DatabaseSettings(String jdbcUrl, String user, String password, int maxConnections) {
    public DatabaseSettings {
        requireNonNull(jdbcUrl, "jdbcUrl is null");
        requireNonNull(user, "user is null");
        requireNonNull(password, "password is null");
        DatabaseKind.of(jdbcUrl);
        if (maxConnections < 1 || maxConnections > 64) {
            throw new StorageException("database maxConnections must be 1 to 64, not " + maxConnections);
        }
    }

    /** A SQLite database in {@code file} (created if absent), with a small pool. */
    public static DatabaseSettings sqlite(Path file) {
        return new DatabaseSettings("jdbc:sqlite:" + file.toAbsolutePath(), "", "", 4);
    }

    /** The product the URL names. */
    public DatabaseKind kind() {
        return DatabaseKind.of(jdbcUrl);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[jdbcUrl=" + jdbcUrl + ", user=" + user + ", password="
                + (password.isEmpty() ? "(none)" : "(redacted)") + ", maxConnections=" + maxConnections + "]";
    }
}
