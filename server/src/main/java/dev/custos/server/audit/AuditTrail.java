package dev.custos.server.audit;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.custos.audit.log.AuditException;
import dev.custos.audit.log.AuditLog;
import dev.custos.audit.note.NoteSigner;
import dev.custos.audit.note.NoteVerifierKey;
import dev.custos.audit.note.SignedNote;
import dev.custos.server.storage.Database;
import dev.custos.server.storage.JdbcAuditStore;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every state change of the server, appended to its RFC 9162 audit log (docs/AUDIT.md) in the database: one JSON
 * object per entry, {@code {"time","actor","action","subject","details"}}, keys sorted so that the same event always
 * gives the same bytes. {@link #record} returns once the entry and the signed checkpoint that covers it are committed.
 */
public final class AuditTrail {
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private final AuditLog log;
    private final Clock clock;

    private AuditTrail(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /**
     * Opens the log stored in {@code database}, checking that its entries still hash to its last checkpoint.
     *
     * @throws AuditException if the stored log does not verify (it was edited outside the server)
     */
    public static AuditTrail open(Database database, NoteSigner logKey, List<NoteVerifierKey> cosignerKeys, Clock clock)
            throws AuditException {
        requireNonNull(clock, "clock is null");
        return new AuditTrail(AuditLog.open(logKey.name(), logKey, cosignerKeys, new JdbcAuditStore(database)), clock);
    }

    /**
     * Appends one event.
     *
     * @param actor who did it (a token name, a node, {@code "server"})
     * @param action what happened, as {@code noun.verb} ({@code "request.submitted"})
     * @param subject the id it happened to (a request id, a wallet id, a person)
     * @param details the facts worth keeping, as JSON-writable values
     * @return the entry's index
     */
    public long record(String actor, String action, String subject, Map<String, ?> details) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("time", clock.instant().toString());
        entry.put("actor", requireNonNull(actor, "actor is null"));
        entry.put("action", requireNonNull(action, "action is null"));
        entry.put("subject", requireNonNull(subject, "subject is null"));
        entry.put("details", requireNonNull(details, "details is null"));
        try {
            return log.append(CANONICAL.writeValueAsBytes(entry));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException("cannot write an audit entry as JSON", e);
        }
    }

    /** The newest signed checkpoint, if anything was recorded. */
    public Optional<SignedNote> latestCheckpoint() {
        try {
            return log.latestCheckpoint();
        } catch (AuditException e) {
            throw new IllegalStateException("the audit log's latest checkpoint does not verify: " + e.getMessage(), e);
        }
    }

    /** The number of entries. */
    public long size() {
        return log.size();
    }

    /** The underlying log, for proofs and co-signatures. */
    public AuditLog log() {
        return log;
    }
}
