package dev.custos.server.storage;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The one custody server of a database. Two servers on one database would each hand the same approved request to the
 * nodes, so a server holds this lease while it runs and a second one is refused at start, naming the database:
 * on PostgreSQL a session-level advisory lock on a connection of its own (released by PostgreSQL when the process
 * dies), on SQLite an OS file lock on {@code FILE.lease} beside the database (released by the OS likewise).
 */
public final class ServerLease implements AutoCloseable {
    /** The advisory lock key: ASCII "custos" as a number, so other applications on the database do not collide. */
    static final long ADVISORY_KEY = 0x637573746f73L;

    private final AutoCloseable held;

    private ServerLease(AutoCloseable held) {
        this.held = held;
    }

    /**
     * Takes the lease of the database {@code settings} names.
     *
     * @throws StorageException if another server holds it, or the database cannot be reached
     */
    public static ServerLease acquire(DatabaseSettings settings) {
        requireNonNull(settings, "settings is null");
        return switch (settings.kind()) {
            case POSTGRESQL -> postgres(settings);
            case SQLITE -> sqlite(settings.jdbcUrl().substring("jdbc:sqlite:".length()));
        };
    }

    private static ServerLease sqlite(String file) {
        if (file.isEmpty() || file.startsWith(":") || file.startsWith("file:")) {
            return new ServerLease(() -> {}); // a database in memory is the process's own
        }
        Path lease = Path.of(file + ".lease").toAbsolutePath();
        try {
            Files.createDirectories(lease.getParent());
        } catch (IOException e) {
            throw new StorageException("cannot create the folder of " + lease + ": " + e.getMessage(), e);
        }
        return file(lease);
    }

    private static ServerLease postgres(DatabaseSettings settings) {
        Connection connection;
        try {
            connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
        } catch (SQLException e) {
            throw new StorageException("cannot reach the database " + settings.jdbcUrl() + ": " + e.getMessage(), e);
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            statement.setLong(1, ADVISORY_KEY);
            try (ResultSet row = statement.executeQuery()) {
                if (row.next() && row.getBoolean(1)) {
                    return new ServerLease(connection);
                }
            }
            connection.close();
            throw new StorageException("another Custos server is running on " + settings.jdbcUrl()
                    + " (it holds advisory lock " + ADVISORY_KEY + "): run one server per database");
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new StorageException(
                    "cannot take the server lease on " + settings.jdbcUrl() + ": " + e.getMessage(), e);
        }
    }

    private static ServerLease file(Path lease) {
        FileChannel channel;
        try {
            channel = FileChannel.open(lease, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StorageException("cannot open the server lease " + lease + ": " + e.getMessage(), e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException | IOException e) {
            lock = null;
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new StorageException("another Custos server is running on this database (it holds " + lease
                    + "): run one server per database");
        }
        return new ServerLease(channel);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // already failing; the first error is the one reported
        }
    }

    /** Gives the lease up (closing the connection or the file releases the lock). */
    @Override
    public void close() {
        closeQuietly(held);
    }
}
