package dev.custos.detect.feedback;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.explain.FeatureEvidence;
import dev.custos.detect.explain.Finding;
import dev.custos.detect.explain.FindingSeverity;
import dev.custos.detect.output.Alert;
import dev.custos.detect.state.Checkpointable;
import dev.custos.detect.state.InvalidStateException;
import dev.custos.detect.state.StateJson;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Analyst feedback and what it does to findings, applied between the detectors and the signing gate ({@link
 * #weigh}) and correlator ({@link #unsuppressed}).
 *
 * <ul>
 *   <li><b>False-positive marks.</b> Each mark on an alert halves the weight of every (detector, accountable entity,
 *       feature=value) combination among the alert's findings; a later finding with such a combination has its
 *       score multiplied by {@code 0.5^marks} (the most-marked of its combinations; at least 1), says so in its
 *       evidence, and no longer forces an alert on its own. This applies at the signing gate too.
 *   <li><b>Suppressions.</b> A finding inside an active suppression's scope is counted and kept in a bounded list
 *       ({@value #MAX_SUPPRESSED} most recent), but adds no risk and raises no alert. It is not hidden from the
 *       signing gate: a signing request's own findings still count there (silencing alert noise must not let a
 *       payment through unseen).
 *   <li><b>Conservative floor.</b> Screening hits ({@link FindingSeverity#DENY}) and governance findings are never
 *       suppressed, keep their severity, and a false-positive mark never lowers their score below {@value
 *       #PROTECTED_FLOOR} (high).
 * </ul>
 *
 * Bounded: the alert index keeps the last {@value #MAX_ALERTS} alerts (a false-positive mark must name one of them),
 * at most {@value #MAX_RECORDS} feedback records and {@value #MAX_KEYS} weighted combinations.
 */
public final class Feedback implements Checkpointable {
    /** The evidence feature that explains a feedback adjustment. */
    public static final String FEEDBACK_FEATURE = "feedback";
    /** The score a protected finding never drops below. */
    public static final int PROTECTED_FLOOR = 65;

    static final int MAX_ALERTS = 4_096;
    static final int MAX_RECORDS = 10_000;
    static final int MAX_KEYS = 10_000;
    static final int MAX_SUPPRESSED = 256;
    private static final String GOVERNANCE = "governance_change";

    private final Map<String, List<FindingKey>> alerts = new LinkedHashMap<>();
    private final List<FeedbackRecord> records = new ArrayList<>();
    private final Map<FindingKey, Integer> marks = new LinkedHashMap<>();
    private final Map<String, Long> suppressedCounts = new TreeMap<>();
    private final Deque<SuppressedFinding> suppressed = new ArrayDeque<>();

    /** Every record, in the order given. */
    public List<FeedbackRecord> records() {
        return List.copyOf(records);
    }

    /** How many findings each suppression (by id) dropped so far. */
    public Map<String, Long> suppressedCounts() {
        return Map.copyOf(suppressedCounts);
    }

    /** The most recent suppressed findings, oldest first. */
    public List<SuppressedFinding> recentlySuppressed() {
        return List.copyOf(suppressed);
    }

    /** Remembers the alerts raised, so that they can be marked later. */
    public void remember(List<Alert> raised) {
        for (Alert alert : raised) {
            List<FindingKey> keys = new ArrayList<>();
            for (Finding finding : alert.findings()) {
                for (FindingKey key : FindingKey.of(finding)) {
                    if (!keys.contains(key)) {
                        keys.add(key);
                    }
                }
            }
            alerts.put(alert.id(), List.copyOf(keys));
            if (alerts.size() > MAX_ALERTS) {
                alerts.remove(alerts.keySet().iterator().next());
            }
        }
    }

    /**
     * Marks an alert as a false positive.
     *
     * @throws FeedbackRejectedException when the alert is unknown (never raised, or older than the last {@value
     *     #MAX_ALERTS} alerts), or the feedback is full
     */
    public void markFalsePositive(FalsePositive mark) {
        requireNonNull(mark, "mark is null");
        List<FindingKey> keys = alerts.get(mark.alertId());
        if (keys == null) {
            throw new FeedbackRejectedException(
                    FeedbackRejectedException.Reason.UNKNOWN_ALERT,
                    "unknown alert id " + mark.alertId() + " (not raised by this pipeline, or older than the last "
                            + MAX_ALERTS + " alerts)");
        }
        for (FindingKey key : keys) {
            if (marks.size() >= MAX_KEYS && !marks.containsKey(key)) {
                marks.remove(marks.keySet().iterator().next());
            }
            marks.merge(key, 1, Integer::sum);
        }
        record(mark);
    }

    /**
     * Adds a suppression.
     *
     * @throws FeedbackRejectedException when a suppression with the same id exists, or the feedback is full
     */
    public void suppress(Suppression suppression) {
        requireNonNull(suppression, "suppression is null");
        for (FeedbackRecord existing : records) {
            if (existing instanceof Suppression other && other.id().equals(suppression.id())) {
                throw new FeedbackRejectedException(
                        FeedbackRejectedException.Reason.DUPLICATE_SUPPRESSION,
                        "a suppression named " + suppression.id() + " exists already");
            }
        }
        record(suppression);
    }

    /** The findings of one event with false-positive weights applied (what the signing gate sees). */
    public List<Finding> weigh(List<Finding> findings) {
        requireNonNull(findings, "findings is null");
        if (marks.isEmpty()) {
            return findings;
        }
        List<Finding> weighed = new ArrayList<>();
        for (Finding finding : findings) {
            weighed.add(weigh(finding, isProtected(finding)));
        }
        return weighed;
    }

    /**
     * The findings that may add risk and raise alerts at {@code now}: those no active suppression covers. The
     * suppressed ones are counted and remembered.
     */
    public List<Finding> unsuppressed(List<Finding> findings, Instant now) {
        requireNonNull(findings, "findings is null");
        requireNonNull(now, "now is null");
        if (records.isEmpty()) {
            return findings;
        }
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : findings) {
            Optional<Suppression> suppression =
                    isProtected(finding) ? Optional.empty() : activeSuppression(finding, now);
            if (suppression.isPresent()) {
                recordSuppressed(suppression.get(), finding);
            } else {
                kept.add(finding);
            }
        }
        return kept;
    }

    /** Screening hits and governance findings: never suppressed, never weighed below {@value #PROTECTED_FLOOR}. */
    public static boolean isProtected(Finding finding) {
        return finding.severity() == FindingSeverity.DENY || finding.detector().equals(GOVERNANCE);
    }

    private Optional<Suppression> activeSuppression(Finding finding, Instant now) {
        for (FeedbackRecord record : records) {
            if (record instanceof Suppression suppression
                    && suppression.activeAt(now)
                    && suppression.scope().matches(finding)) {
                return Optional.of(suppression);
            }
        }
        return Optional.empty();
    }

    private Finding weigh(Finding finding, boolean protectedFinding) {
        int count = 0;
        for (FindingKey key : FindingKey.of(finding)) {
            count = Math.max(count, marks.getOrDefault(key, 0));
        }
        if (count == 0) {
            return finding;
        }
        double weight = Math.pow(0.5, count);
        int score = (int) Math.max(1, Math.round(finding.score() * weight));
        if (protectedFinding) {
            score = Math.max(score, Math.min(finding.score(), PROTECTED_FLOOR));
        }
        FindingSeverity severity = protectedFinding ? finding.severity() : FindingSeverity.NORMAL;
        List<FeatureEvidence> features = new ArrayList<>(finding.features());
        features.add(new FeatureEvidence(
                FEEDBACK_FEATURE,
                String.format(Locale.ROOT, "weight %.2f", weight),
                String.format(
                        Locale.ROOT,
                        "%d false-positive mark%s on this combination; score %d -> %d%s",
                        count,
                        count == 1 ? "" : "s",
                        finding.score(),
                        score,
                        protectedFinding ? " (screening and governance findings stay high)" : "")));
        return new Finding(
                finding.detector(),
                finding.stage(),
                score,
                finding.entities(),
                finding.timestamp(),
                finding.eventReference(),
                finding.summary(),
                features,
                severity);
    }

    private void record(FeedbackRecord record) {
        if (records.size() >= MAX_RECORDS) {
            throw new FeedbackRejectedException(
                    FeedbackRejectedException.Reason.FULL,
                    "feedback is full (" + MAX_RECORDS + " records); not recorded");
        }
        records.add(record);
    }

    private void recordSuppressed(Suppression suppression, Finding finding) {
        suppressedCounts.merge(suppression.id(), 1L, Long::sum);
        suppressed.addLast(new SuppressedFinding(
                suppression.id(),
                finding.detector(),
                finding.primaryEntity(),
                finding.timestamp(),
                finding.eventReference(),
                finding.score()));
        if (suppressed.size() > MAX_SUPPRESSED) {
            suppressed.removeFirst();
        }
    }

    @Override
    public ObjectNode checkpoint() {
        ObjectNode node = StateJson.object();
        ArrayNode recordStates = node.putArray("records");
        records.forEach(record -> recordStates.add(FeedbackJson.toJson(record)));
        ArrayNode alertStates = node.putArray("alerts");
        alerts.forEach((id, keys) -> {
            ObjectNode entry = alertStates.addObject();
            entry.put("id", id);
            ArrayNode keyStates = entry.putArray("keys");
            keys.forEach(key -> keyStates.add(FeedbackJson.key(key)));
        });
        ArrayNode markStates = node.putArray("marks");
        marks.forEach((key, count) -> markStates.addObject().put("count", count).set("key", FeedbackJson.key(key)));
        ObjectNode counts = node.putObject("suppressed_counts");
        suppressedCounts.forEach(counts::put);
        ArrayNode suppressedStates = node.putArray("suppressed");
        suppressed.forEach(finding -> suppressedStates.add(FeedbackJson.suppressed(finding)));
        return node;
    }

    @Override
    public void restore(JsonNode state) {
        Feedback restored = new Feedback();
        JsonNode recordStates = StateJson.array(state, "records");
        if (recordStates.size() > MAX_RECORDS) {
            throw new InvalidStateException("more than " + MAX_RECORDS + " feedback records");
        }
        for (JsonNode record : recordStates) {
            restored.records.add(FeedbackJson.record(record));
        }
        JsonNode alertStates = StateJson.array(state, "alerts");
        if (alertStates.size() > MAX_ALERTS) {
            throw new InvalidStateException("more than " + MAX_ALERTS + " alerts in the feedback index");
        }
        for (JsonNode entry : alertStates) {
            List<FindingKey> keys = new ArrayList<>();
            for (JsonNode key : StateJson.array(entry, "keys")) {
                keys.add(FeedbackJson.key(key));
            }
            restored.alerts.put(StateJson.text(entry, "id"), List.copyOf(keys));
        }
        JsonNode markStates = StateJson.array(state, "marks");
        if (markStates.size() > MAX_KEYS) {
            throw new InvalidStateException("more than " + MAX_KEYS + " false-positive combinations");
        }
        for (JsonNode entry : markStates) {
            long count = StateJson.count(entry, "count");
            if (count < 1 || count > MAX_RECORDS) {
                throw new InvalidStateException("marks count out of range: " + count);
            }
            restored.marks.put(FeedbackJson.key(StateJson.object(entry, "key")), (int) count);
        }
        JsonNode counts = StateJson.object(state, "suppressed_counts");
        for (Map.Entry<String, JsonNode> entry : counts.properties()) {
            restored.suppressedCounts.put(entry.getKey(), StateJson.count(counts, entry.getKey()));
        }
        JsonNode suppressedStates = StateJson.array(state, "suppressed");
        if (suppressedStates.size() > MAX_SUPPRESSED) {
            throw new InvalidStateException("more than " + MAX_SUPPRESSED + " suppressed findings");
        }
        for (JsonNode entry : suppressedStates) {
            restored.suppressed.addLast(FeedbackJson.suppressed(entry));
        }
        alerts.clear();
        alerts.putAll(restored.alerts);
        records.clear();
        records.addAll(restored.records);
        marks.clear();
        marks.putAll(restored.marks);
        suppressedCounts.clear();
        suppressedCounts.putAll(restored.suppressedCounts);
        suppressed.clear();
        suppressed.addAll(restored.suppressed);
    }
}
