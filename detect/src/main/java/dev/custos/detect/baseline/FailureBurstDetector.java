package dev.custos.detect.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.Detector;
import dev.custos.detect.RiskView;
import dev.custos.detect.event.Event;
import dev.custos.detect.explain.EntityRef;
import dev.custos.detect.explain.FeatureEvidence;
import dev.custos.detect.explain.Finding;
import dev.custos.detect.explain.FindingSeverity;
import dev.custos.detect.explain.KillChainStage;
import dev.custos.detect.state.Checkpointable;
import dev.custos.detect.state.EntityBounded;
import dev.custos.detect.state.EntityLimits;
import dev.custos.detect.state.EntityTable;
import dev.custos.detect.state.EntityTableUsage;
import dev.custos.detect.state.InvalidStateException;
import dev.custos.detect.state.StateJson;
import dev.custos.types.EventFields;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Bursts of failed authentications per user: at least {@code threshold} failures within {@code window} fires once
 * per window; a success right after a burst (the guess worked) fires again, higher.
 */
public final class FailureBurstDetector implements Detector, Checkpointable, EntityBounded {
    public static final String NAME = "failure_burst";

    private static final int MAX_REMEMBERED = 10_000;

    private final Duration window;
    private final int threshold;
    /** Users with failures in the window (a user without any is not kept: a new burst is the same). */
    private final EntityTable<String, Burst> bursts;

    public FailureBurstDetector(Duration window, int threshold) {
        this(window, threshold, EntityLimits.DEFAULT);
    }

    public FailureBurstDetector(Duration window, int threshold, EntityLimits limits) {
        this.bursts = new EntityTable<>(NAME, limits);
        this.window = RarityDetector.requirePositive(window, "window");
        if (threshold < 2) {
            throw new IllegalArgumentException("threshold must be at least 2: " + threshold);
        }
        this.threshold = threshold;
    }

    /** Ten minutes, five failures. */
    public FailureBurstDetector() {
        this(Duration.ofMinutes(10), 5);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Finding> observe(Event event, RiskView risk) {
        if (!event.category().equals(EventFields.CATEGORY_AUTHENTICATION)
                || event.userName().isEmpty()) {
            return List.of();
        }
        String user = event.userName().get();
        Instant now = event.timestamp();
        bursts.advance(now);
        if (bursts.peek(user) == null && !event.failed()) {
            return List.of(); // no failures remembered: nothing to report, nothing to learn
        }
        Burst burst = bursts.touch(user, now, key -> new Burst());
        burst.expire(now.minus(window));
        try {
            return observe(event, user, burst, now);
        } finally {
            if (burst.failures.isEmpty()) {
                bursts.remove(user);
            }
        }
    }

    private List<Finding> observe(Event event, String user, Burst burst, Instant now) {
        if (event.failed()) {
            burst.failures.addLast(now);
            if (burst.failures.size() > MAX_REMEMBERED) {
                burst.failures.removeFirst();
            }
            if (burst.failures.size() >= threshold && !burst.reported) {
                burst.reported = true;
                return List.of(finding(event, user, 35, "burst of failed authentications", burst.failures.size()));
            }
            return List.of();
        }
        if (event.succeeded() && burst.failures.size() >= threshold) {
            int failures = burst.failures.size();
            burst.failures.clear();
            burst.reported = false;
            return List.of(finding(event, user, 55, "success right after a burst of failures", failures));
        }
        return List.of();
    }

    private Finding finding(Event event, String user, int score, String what, int failures) {
        String summary = String.format(Locale.ROOT, "%s for %s: %d failures", what, user, failures);
        FeatureEvidence evidence = new FeatureEvidence(
                "failed_authentications",
                failures + " in " + window.toMinutes() + " min",
                "fewer than " + threshold + " expected");
        return new Finding(
                NAME,
                KillChainStage.INITIAL_ACCESS,
                score,
                List.of(EntityRef.user(user)),
                event.timestamp(),
                event.reference(),
                summary,
                List.of(evidence),
                FindingSeverity.NORMAL);
    }

    private static final class Burst {
        private final Deque<Instant> failures = new ArrayDeque<>();
        private boolean reported;

        private void expire(Instant oldest) {
            while (!failures.isEmpty() && failures.peekFirst().isBefore(oldest)) {
                failures.removeFirst();
            }
            if (failures.isEmpty()) {
                reported = false;
            }
        }
    }

    @Override
    public List<EntityTableUsage> entityUsage() {
        return List.of(bursts.usage());
    }

    @Override
    public ObjectNode checkpoint() {
        ObjectNode node = StateJson.object();
        bursts.writeState(node);
        ArrayNode users = node.putArray("users");
        bursts.forEach((user, burst, lastSeen) -> {
            ObjectNode entry = users.addObject();
            entry.put("user", user);
            EntityTable.writeLastSeen(entry, lastSeen);
            entry.put("reported", burst.reported);
            ArrayNode failures = entry.putArray("failures");
            burst.failures.forEach(time -> failures.add(time.toString()));
        });
        return node;
    }

    @Override
    public void restore(JsonNode state) {
        EntityTable.Restorer<String, Burst> restored = bursts.restorer(state);
        for (JsonNode entry : StateJson.array(state, "users")) {
            Burst burst = new Burst();
            burst.reported = StateJson.flag(entry, "reported");
            JsonNode failures = StateJson.array(entry, "failures");
            if (failures.size() > MAX_REMEMBERED) {
                throw new InvalidStateException("too many failures remembered");
            }
            for (JsonNode failure : failures) {
                burst.failures.addLast(StateJson.instantValue(failure, "failure time"));
            }
            restored.add(StateJson.text(entry, "user"), burst, entry);
        }
        restored.finish();
    }
}
