package dev.custos.detect.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.Detector;
import dev.custos.detect.RiskView;
import dev.custos.detect.event.Event;
import dev.custos.detect.event.EventFields;
import dev.custos.detect.explain.EntityRef;
import dev.custos.detect.explain.FeatureEvidence;
import dev.custos.detect.explain.Finding;
import dev.custos.detect.explain.FindingSeverity;
import dev.custos.detect.explain.KillChainStage;
import dev.custos.detect.state.Checkpointable;
import dev.custos.detect.state.InvalidStateException;
import dev.custos.detect.state.StateJson;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Bursts of failed authentications per user: at least {@code threshold} failures within {@code window} fires once
 * per window; a success right after a burst (the guess worked) fires again, higher.
 */
public final class FailureBurstDetector implements Detector, Checkpointable {
    public static final String NAME = "failure_burst";

    private static final int MAX_REMEMBERED = 10_000;

    private final Duration window;
    private final int threshold;
    private final Map<String, Burst> bursts = new HashMap<>();

    public FailureBurstDetector(Duration window, int threshold) {
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
        Burst burst = bursts.computeIfAbsent(user, key -> new Burst());
        burst.expire(now.minus(window));
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
    public ObjectNode checkpoint() {
        ObjectNode node = StateJson.object();
        ArrayNode users = node.putArray("users");
        for (String user : new TreeSet<>(bursts.keySet())) {
            Burst burst = bursts.get(user);
            if (burst.failures.isEmpty()) {
                continue;
            }
            ObjectNode entry = users.addObject();
            entry.put("user", user);
            entry.put("reported", burst.reported);
            ArrayNode failures = entry.putArray("failures");
            burst.failures.forEach(time -> failures.add(time.toString()));
        }
        return node;
    }

    @Override
    public void restore(JsonNode state) {
        Map<String, Burst> restored = new HashMap<>();
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
            restored.put(StateJson.text(entry, "user"), burst);
        }
        bursts.clear();
        bursts.putAll(restored);
    }
}
