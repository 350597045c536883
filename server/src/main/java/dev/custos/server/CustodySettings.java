package dev.custos.server;

import static java.util.Objects.requireNonNull;

import dev.custos.server.api.ApiSettings;
import dev.custos.server.passkeys.WebOrigin;
import dev.custos.server.storage.DatabaseSettings;
import dev.custos.server.tls.TlsSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How the custody server runs (docs/SERVER.md, "Settings").
 *
 * @param dataFolder where the server keeps its keys (the audit log key under {@code server/})
 * @param database the database to use
 * @param host the address to listen on
 * @param port the port (0 picks a free one)
 * @param api body size and rate limits
 * @param approvalWindow how long approvals of a new request are valid
 * @param auditOrigin the name of the audit log in its signed checkpoints
 * @param consoleOrigin where people open the console (passkeys are bound to its host); empty: {@code
 *     http://localhost:PORT} with the port the server listens on, as {@code custos start-dev} serves it
 * @param tls the API's TLS credentials; empty serves plain HTTP, which only a loopback address may do
 */
public record CustodySettings(
        Path dataFolder,
        DatabaseSettings database,
        String host,
        int port,
        ApiSettings api,
        Duration approvalWindow,
        String auditOrigin,
        Optional<WebOrigin> consoleOrigin,
        Optional<TlsSettings> tls) {
    public CustodySettings {
        requireNonNull(dataFolder, "dataFolder is null");
        requireNonNull(database, "database is null");
        requireNonNull(host, "host is null");
        requireNonNull(api, "api is null");
        requireNonNull(approvalWindow, "approvalWindow is null");
        requireNonNull(auditOrigin, "auditOrigin is null");
        requireNonNull(consoleOrigin, "consoleOrigin is null");
        requireNonNull(tls, "tls is null");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
        }
        if (approvalWindow.isNegative() || approvalWindow.isZero()) {
            throw new IllegalArgumentException("approvalWindow must be positive");
        }
    }

    /** The defaults of {@code custos start-dev} for {@code dataFolder}: SQLite {@code custos.db}, 24-hour approvals. */
    public static CustodySettings development(Path dataFolder, String host, int port) {
        return new CustodySettings(
                dataFolder,
                DatabaseSettings.sqlite(dataFolder.resolve("custos.db")),
                host,
                port,
                ApiSettings.defaults(),
                Duration.ofHours(24),
                "custos.dev/audit",
                Optional.empty(),
                Optional.empty());
    }
}
