package dev.custos.server.reviews;

import static java.util.Objects.requireNonNull;

import dev.custos.server.storage.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Attestations that a person still needs their powers (table {@code attestations}); the latest one counts. */
public final class Attestations {
    private final Database database;

    public Attestations(Database database) {
        this.database = requireNonNull(database, "database is null");
    }

    /**
     * One attestation.
     *
     * @param person whose powers were reviewed
     * @param attestedAt when
     * @param attestedBy the admin who attested
     * @param nextDue when the next review is due
     * @param note what the reviewer wrote
     */
    public record Attestation(String person, Instant attestedAt, String attestedBy, Instant nextDue, String note) {
        public Attestation {
            requireNonNull(person, "person is null");
            requireNonNull(attestedAt, "attestedAt is null");
            requireNonNull(attestedBy, "attestedBy is null");
            requireNonNull(nextDue, "nextDue is null");
            requireNonNull(note, "note is null");
        }

        /** As the API answers it: {@code {"person","attested_at","attested_by","next_due","note"}}. */
        public Map<String, String> toJson() {
            Map<String, String> json = new LinkedHashMap<>();
            json.put("person", person);
            json.put("attested_at", attestedAt.toString());
            json.put("attested_by", attestedBy);
            json.put("next_due", nextDue.toString());
            json.put("note", note);
            return json;
        }
    }

    /** Records {@code attestation}; false when one for the same person at the same millisecond exists already. */
    public boolean add(Attestation attestation) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query =
                    connection.prepareStatement("SELECT 1 FROM attestations WHERE person = ? AND attested_at = ?")) {
                query.setString(1, attestation.person());
                query.setLong(2, attestation.attestedAt().toEpochMilli());
                try (ResultSet rows = query.executeQuery()) {
                    if (rows.next()) {
                        return false;
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO attestations"
                    + " (person, attested_at, attested_by, next_due_at, note) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, attestation.person());
                insert.setLong(2, attestation.attestedAt().toEpochMilli());
                insert.setString(3, attestation.attestedBy());
                insert.setLong(4, attestation.nextDue().toEpochMilli());
                insert.setString(5, attestation.note());
                insert.executeUpdate();
            }
            return true;
        });
    }

    /** Each person's latest attestation, by name. */
    public Map<String, Attestation> latest() {
        return database.inTransaction(connection -> {
            Map<String, Attestation> latest = new TreeMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                            "SELECT person, attested_at, attested_by, next_due_at, note FROM attestations"
                                    + " ORDER BY attested_at");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    latest.put(
                            rows.getString(1),
                            new Attestation(
                                    rows.getString(1),
                                    Instant.ofEpochMilli(rows.getLong(2)),
                                    rows.getString(3),
                                    Instant.ofEpochMilli(rows.getLong(4)),
                                    rows.getString(5)));
                }
            }
            return latest;
        });
    }

    /** {@code person}'s latest attestation, if any. */
    public Optional<Attestation> latest(String person) {
        return Optional.ofNullable(latest().get(person));
    }
}
