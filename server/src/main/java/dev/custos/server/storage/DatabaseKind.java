package dev.custos.server.storage;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/** The database products the server stores its state in; each with what differs between their SQL dialects. */
public enum DatabaseKind {
    /** One file, for {@code custos start-dev} and single-machine trials. */
    SQLITE("jdbc:sqlite:", "BLOB"),
    /** Production, and several coordinators sharing one database. */
    POSTGRESQL("jdbc:postgresql:", "BYTEA");

    private final String urlPrefix;
    private final String bytesType;

    DatabaseKind(String urlPrefix, String bytesType) {
        this.urlPrefix = urlPrefix;
        this.bytesType = bytesType;
    }

    /**
     * The kind a JDBC URL names.
     *
     * @throws StorageException naming the URL's scheme if it is neither SQLite nor PostgreSQL
     */
    public static DatabaseKind of(String jdbcUrl) {
        requireNonNull(jdbcUrl, "jdbcUrl is null");
        for (DatabaseKind kind : values()) {
            if (jdbcUrl.toLowerCase(Locale.ROOT).startsWith(kind.urlPrefix)) {
                return kind;
            }
        }
        int colon = jdbcUrl.indexOf(':', "jdbc:".length());
        String scheme = colon > 0 ? jdbcUrl.substring(0, colon + 1) : jdbcUrl;
        throw new StorageException("database URL '" + scheme + "...' is not supported: use jdbc:sqlite:FILE or"
                + " jdbc:postgresql://HOST:PORT/DATABASE");
    }

    /** The column type of a byte string in this dialect (the migrations' {@code ${bytes}} placeholder). */
    String bytesType() {
        return bytesType;
    }
}
