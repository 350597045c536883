package dev.custos.detect.pipeline;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.event.Event;
import dev.custos.detect.output.SigningDecision;
import dev.custos.detect.state.InvalidStateException;
import dev.custos.detect.state.StateJson;
import dev.custos.types.EventFields;
import dev.custos.types.Verdict;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The decisions on recent signing requests by {@code custos.request.id}, so that the same request submitted again
 * (a retry of {@code POST /v1/risk}, a redelivered Kafka record, a duplicated line) gets the same decision and is not
 * learned twice: three copies of one request must not triple the wallet's outflow. Bounded: the last {@value
 * #MAX_REQUESTS} requests within {@link #WINDOW} of event time.
 */
final class RequestDeduplication {
    static final int MAX_REQUESTS = 100_000;
    static final Duration WINDOW = Duration.ofDays(7);

    private final Map<String, Admission> decisions = new LinkedHashMap<>();

    /**
     * A request id as it was first admitted: the digest and time of its request and, once the request is decided,
     * the decision. Admission and decision are separate steps so that a batch can be admitted in order before its
     * events are scored (a repeat later in the same batch then finds the first request's entry, decided by the time
     * the repeat is answered).
     */
    static final class Admission {
        private final String requestId;
        private final String digest;
        private final Instant timestamp;
        private SigningDecision decision; // null until decided

        Admission(String requestId, String digest, Instant timestamp) {
            this.requestId = requireNonNull(requestId, "requestId is null");
            this.digest = requireNonNull(digest, "digest is null");
            this.timestamp = requireNonNull(timestamp, "timestamp is null");
        }

        String digest() {
            return digest;
        }

        /** The decision given to the first request with this id. */
        SigningDecision decision() {
            if (decision == null) {
                throw new IllegalStateException("request " + requestId + " is not decided yet");
            }
            return decision;
        }

        boolean decided() {
            return decision != null;
        }

        void decide(SigningDecision given) {
            if (!given.requestId().equals(requestId)) {
                throw new IllegalArgumentException("decision for " + given.requestId() + ", not " + requestId);
            }
            decision = given;
        }
    }

    /** The admission of {@code requestId} still remembered, if any. */
    Optional<Admission> earlier(String requestId) {
        return Optional.ofNullable(decisions.get(requireNonNull(requestId, "requestId is null")));
    }

    /**
     * Admits a request id not remembered yet, forgetting those older than the window at {@code now} and the oldest
     * beyond the cap; the caller records the decision with {@link Admission#decide}.
     */
    Admission admit(String requestId, String digest, Instant timestamp, Instant now) {
        if (decisions.containsKey(requestId)) {
            throw new IllegalArgumentException("request " + requestId + " was already admitted");
        }
        Admission admission = new Admission(requestId, digest, timestamp);
        decisions.put(requestId, admission);
        Instant oldest = now.minus(WINDOW);
        Iterator<Admission> iterator = decisions.values().iterator();
        while (iterator.hasNext()) {
            Admission first = iterator.next();
            if (decisions.size() > MAX_REQUESTS || first.timestamp.isBefore(oldest)) {
                iterator.remove();
            } else {
                break;
            }
        }
        return admission;
    }

    /**
     * The digest of a signing request's content: every field but {@code @timestamp} and {@code event.id}, which a
     * retry may change. A request id that comes back with another digest is not a retry.
     */
    static String digest(Event request) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
        for (Map.Entry<String, JsonNode> field : request.fields().entrySet()) {
            if (field.getKey().equals("@timestamp") || field.getKey().equals(EventFields.EVENT_ID)) {
                continue;
            }
            sha.update(field.getKey().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(field.getValue().toString().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    int size() {
        return decisions.size();
    }

    ArrayNode toState() {
        ArrayNode entries = StateJson.MAPPER.createArrayNode();
        for (Admission remembered : decisions.values()) {
            if (!remembered.decided()) {
                continue; // a request whose scoring failed: not decided, so not remembered
            }
            SigningDecision decision = remembered.decision();
            ObjectNode entry = entries.addObject();
            entry.put("digest", remembered.digest());
            entry.put("@timestamp", decision.timestamp().toString());
            entry.put("request_id", decision.requestId());
            entry.put("decision", decision.decision().wireName());
            entry.put("risk", decision.risk());
            ArrayNode reasons = entry.putArray("reasons");
            decision.reasons().forEach(reasons::add);
        }
        return entries;
    }

    void restore(JsonNode entries) {
        if (!entries.isArray() || entries.size() > MAX_REQUESTS) {
            throw new InvalidStateException("requests must be an array of at most " + MAX_REQUESTS + " decisions");
        }
        Map<String, Admission> restored = new LinkedHashMap<>();
        for (JsonNode entry : entries) {
            String verdict = StateJson.text(entry, "decision");
            Verdict decision = null;
            for (Verdict candidate : Verdict.values()) {
                if (candidate.wireName().equals(verdict)) {
                    decision = candidate;
                }
            }
            if (decision == null) {
                throw new InvalidStateException("requests: unknown decision " + verdict);
            }
            long risk = StateJson.count(entry, "risk");
            if (risk > 100) {
                throw new InvalidStateException("requests: risk above 100");
            }
            List<String> reasons = new ArrayList<>();
            for (JsonNode reason : StateJson.array(entry, "reasons")) {
                if (!reason.isTextual()) {
                    throw new InvalidStateException("requests: reasons must be strings");
                }
                reasons.add(reason.asText());
            }
            if (reasons.isEmpty()) {
                throw new InvalidStateException("requests: a decision without reasons");
            }
            String id = StateJson.text(entry, "request_id");
            String digest = StateJson.text(entry, "digest");
            if (!digest.matches("[0-9a-f]{64}")) {
                throw new InvalidStateException("requests: digest must be 64 lower-case hex digits");
            }
            Instant timestamp = StateJson.instant(entry, "@timestamp");
            Admission admission = new Admission(id, digest, timestamp);
            admission.decide(new SigningDecision(timestamp, id, decision, (int) risk, reasons));
            restored.put(id, admission);
        }
        decisions.clear();
        decisions.putAll(restored);
    }
}
