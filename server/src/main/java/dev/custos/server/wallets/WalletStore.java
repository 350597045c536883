package dev.custos.server.wallets;

import static java.util.Objects.requireNonNull;

import dev.custos.server.api.StrictJson;
import dev.custos.server.storage.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Wallets in the server's database (table {@code wallets}). */
public final class WalletStore {
    private final Database database;
    private final Clock clock;

    public WalletStore(Database database, Clock clock) {
        this.database = requireNonNull(database, "database is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** Adds {@code wallet}; false if one with its id exists already (nothing changes then). */
    public boolean add(StoredWallet wallet) {
        return database.inTransaction(connection -> {
            if (find(connection, wallet.id()).isPresent()) {
                return false;
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO wallets (wallet_id, name, scheme, document, created_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, wallet.id());
                insert.setString(2, wallet.id());
                insert.setString(3, wallet.scheme());
                insert.setString(4, StrictJson.write(wallet));
                insert.setLong(5, clock.millis());
                insert.executeUpdate();
            }
            return true;
        });
    }

    public Optional<StoredWallet> find(String id) {
        return database.inTransaction(connection -> find(connection, id));
    }

    private static Optional<StoredWallet> find(java.sql.Connection connection, String id) throws java.sql.SQLException {
        try (PreparedStatement query =
                connection.prepareStatement("SELECT document FROM wallets WHERE wallet_id = ?")) {
            query.setString(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next()
                        ? Optional.of(StrictJson.read(rows.getString(1), StoredWallet.class))
                        : Optional.empty();
            }
        }
    }

    /** Every wallet, by id. */
    public List<StoredWallet> all() {
        return database.inTransaction(connection -> {
            List<StoredWallet> wallets = new ArrayList<>();
            try (PreparedStatement query =
                            connection.prepareStatement("SELECT document FROM wallets ORDER BY wallet_id");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    wallets.add(StrictJson.read(rows.getString(1), StoredWallet.class));
                }
            }
            return wallets;
        });
    }
}
