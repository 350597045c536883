package dev.custos.server.storage;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The body of one database transaction: it runs on a connection with auto-commit off and is committed when it
 * returns, rolled back when it throws.
 *
 * @param <T> what it returns
 */
@FunctionalInterface
public interface Transaction<T> {
    T run(Connection connection) throws SQLException;
}
