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
import java.util.Optional;

/** Alerts in the server's database (table {@code alerts}), newest first. */
public final class AlertStore {
    private final Database database;
    private final Clock clock;

    public AlertStore(Database database, Clock clock) {
        this.database = requireNonNull(database, "database is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /**
     * Keeps {@code alert} (raised by request {@code requestId}); an alert id seen before is kept once.
     *
     * @return true when it was kept, false when an alert of that id was kept already
     */
    public boolean add(ObjectNode alert, String requestId) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM alerts WHERE alert_id = ?")) {
                query.setString(1, alert.path("id").asText());
                try (ResultSet rows = query.executeQuery()) {
                    if (rows.next()) {
                        return false;
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
            return true;
        });
    }

    /** The newest {@code limit} alerts, each with the {@code feedback} people gave on it, if any. */
    public List<JsonNode> newest(int limit) {
        return database.inTransaction(connection -> {
            List<JsonNode> alerts = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    WITH_FEEDBACK + " ORDER BY a.created_at DESC, a.alert_id DESC LIMIT ?")) {
                query.setInt(1, limit);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        alerts.add(read(rows));
                    }
                }
            }
            return alerts;
        });
    }

    /** Alert {@code alertId} with its feedback, if there is such an alert. */
    public Optional<JsonNode> find(String alertId) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(WITH_FEEDBACK + " WHERE a.alert_id = ?")) {
                query.setString(1, alertId);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(read(rows)) : Optional.<JsonNode>empty();
                }
            }
        });
    }

    /**
     * Keeps what {@code by} said about alert {@code alertId} (the latest word replaces an earlier one).
     *
     * @return false when there is no such alert
     */
    public boolean giveFeedback(String alertId, AlertVerdict verdict, String reason, String by) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM alerts WHERE alert_id = ?")) {
                query.setString(1, alertId);
                try (ResultSet rows = query.executeQuery()) {
                    if (!rows.next()) {
                        return false;
                    }
                }
            }
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM alert_feedback WHERE alert_id = ?")) {
                delete.setString(1, alertId);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO alert_feedback (alert_id, verdict, reason, given_by, given_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, alertId);
                insert.setString(2, verdict.wireName());
                insert.setString(3, reason);
                insert.setString(4, by);
                insert.setLong(5, clock.millis());
                insert.executeUpdate();
            }
            return true;
        });
    }

    private static final String WITH_FEEDBACK = "SELECT a.document, f.verdict, f.reason, f.given_by, f.given_at"
            + " FROM alerts a LEFT JOIN alert_feedback f ON f.alert_id = a.alert_id";

    private static JsonNode read(ResultSet rows) throws java.sql.SQLException {
        ObjectNode alert = (ObjectNode) StrictJson.tree(rows.getString(1));
        String verdict = rows.getString(2);
        if (verdict != null) {
            ObjectNode feedback = alert.putObject("feedback");
            feedback.put("verdict", verdict);
            feedback.put("reason", rows.getString(3));
            feedback.put("by", rows.getString(4));
            feedback.put("at", java.time.Instant.ofEpochMilli(rows.getLong(5)).toString());
        }
        return alert;
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
