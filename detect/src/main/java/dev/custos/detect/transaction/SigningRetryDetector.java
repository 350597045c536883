package dev.custos.detect.transaction;

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
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A signing request that follows failed signing requests ({@code event.outcome = failure}) by the same initiator on
 * the same wallet within {@link #WINDOW}: a payload that a signer's client or a co-signer rejected being submitted
 * again, which is how tampered transactions get pushed through (and, less often, an honest retry). Scores 20 after
 * one failure, 35 after two, 50 after three or more. Bounded: at most {@value #MAX_FAILURES} failures per
 * (initiator, wallet) and pairs without a failure in the window are dropped.
 */
public final class SigningRetryDetector implements Detector, Checkpointable {
    public static final String NAME = "signing_retry";
    static final Duration WINDOW = Duration.ofHours(1);
    static final int MAX_FAILURES = 16;

    private final Map<String, Deque<Instant>> failures = new HashMap<>();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Finding> observe(Event event, RiskView risk) {
        if (!event.is(EventFields.CATEGORY_API, EventFields.ACTION_SIGNING_REQUEST)) {
            return List.of();
        }
        Instant now = event.timestamp();
        expire(now);
        String initiator = event.userName().orElse("");
        String walletId = event.text(EventFields.WALLET_ID).orElse("");
        String key = initiator + "\u0000" + walletId;
        Deque<Instant> earlier = failures.get(key);
        List<Finding> findings = new ArrayList<>();
        if (earlier != null && !earlier.isEmpty()) {
            int count = earlier.size();
            int score = count >= 3 ? 50 : count == 2 ? 35 : 20;
            List<EntityRef> entities = new ArrayList<>();
            event.userName().map(EntityRef::user).ifPresent(entities::add);
            event.text(EventFields.WALLET_ID).map(EntityRef::wallet).ifPresent(entities::add);
            if (entities.isEmpty()) {
                entities.add(EntityRef.wallet("unknown"));
            }
            findings.add(new Finding(
                    NAME,
                    KillChainStage.SIGNING,
                    score,
                    entities,
                    now,
                    event.reference(),
                    String.format(
                            Locale.ROOT,
                            "signing request after %d failed signing request%s by the same initiator on this wallet"
                                    + " in the last %d minutes",
                            count,
                            count == 1 ? "" : "s",
                            WINDOW.toMinutes()),
                    List.of(new FeatureEvidence(
                            "failed_requests",
                            Integer.toString(count),
                            "first failure at " + earlier.peekFirst() + "; requests normally succeed first time")),
                    FindingSeverity.NORMAL));
        }
        if (!event.succeeded()) {
            Deque<Instant> times = failures.computeIfAbsent(key, ignored -> new ArrayDeque<>());
            times.addLast(now);
            if (times.size() > MAX_FAILURES) {
                times.removeFirst();
            }
        }
        return findings;
    }

    @Override
    public ObjectNode checkpoint() {
        ObjectNode node = StateJson.object();
        ArrayNode entries = node.putArray("failures");
        new TreeMap<>(failures).forEach((key, times) -> {
            ObjectNode entry = entries.addObject().put("key", key);
            ArrayNode timeStates = entry.putArray("times");
            times.forEach(time -> timeStates.add(time.toString()));
        });
        return node;
    }

    @Override
    public void restore(JsonNode state) {
        Map<String, Deque<Instant>> restored = new HashMap<>();
        for (JsonNode entry : StateJson.array(state, "failures")) {
            JsonNode times = StateJson.array(entry, "times");
            if (times.size() > MAX_FAILURES) {
                throw new InvalidStateException(NAME + ": more than " + MAX_FAILURES + " failures for one pair");
            }
            Deque<Instant> deque = new ArrayDeque<>();
            for (JsonNode time : times) {
                deque.addLast(StateJson.instantValue(time, "failure time"));
            }
            restored.put(StateJson.text(entry, "key"), deque);
        }
        failures.clear();
        failures.putAll(restored);
    }

    private void expire(Instant now) {
        Instant oldest = now.minus(WINDOW);
        failures.values().forEach(times -> {
            while (!times.isEmpty() && times.peekFirst().isBefore(oldest)) {
                times.removeFirst();
            }
        });
        failures.values().removeIf(Deque::isEmpty);
    }
}
