package dev.custos.server.detection;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.server.api.StrictJson;
import dev.custos.server.storage.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Alerts in the server's database (table {@code alerts}), newest first. */
public final class AlertStore {
    private final Database database;
    private final Clock clock;

    public AlertStore(Database database, Clock clock) {
        this.database = requireNonNull(database, "database is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** Keeps {@code alert} (raised by request {@code requestId}); an alert id seen before is kept once. */
    public void add(ObjectNode alert, String requestId) {
        database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM alerts WHERE alert_id = ?")) {
                query.setString(1, alert.path("id").asText());
                try (ResultSet rows = query.executeQuery()) {
                    if (rows.next()) {
                        return null;
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO alerts (alert_id, severity, request_id, document, created_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, alert.path("id").asText());
                insert.setString(2, alert.path("severity").asText());
                insert.setString(3, requestId);
                insert.setString(4, StrictJson.write(alert));
                insert.setLong(5, clock.millis());
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** The newest {@code limit} alerts. */
    public List<JsonNode> newest(int limit) {
        return database.inTransaction(connection -> {
            List<JsonNode> alerts = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT document FROM alerts ORDER BY created_at DESC, alert_id DESC LIMIT ?")) {
                query.setInt(1, limit);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        alerts.add(StrictJson.tree(rows.getString(1)));
                    }
                }
            }
            return alerts;
        });
    }

    /** The alerts request {@code requestId} raised, oldest first. */
    public List<JsonNode> forRequest(String requestId) {
        return database.inTransaction(connection -> {
            List<JsonNode> alerts = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT document FROM alerts WHERE request_id = ? ORDER BY created_at, alert_id")) {
                query.setString(1, requestId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        alerts.add(StrictJson.tree(rows.getString(1)));
                    }
                }
            }
            return alerts;
        });
    }
}
