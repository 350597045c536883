package dev.custos.detect.transaction;

import static java.util.Objects.requireNonNull;

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
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * A signing request that follows failed signing requests ({@code event.outcome = failure}) by the same initiator on
 * the same wallet within {@link #WINDOW}: a payload that a signer's client or a co-signer rejected being submitted
 * again, which is how tampered transactions get pushed through (and, less often, an honest retry). Scores 20 after
 * one failure, 35 after two, 50 after three or more. Bounded: at most {@value #MAX_FAILURES} failures per
 * (initiator, wallet); the pairs live in an {@link EntityTable} seen at each failure, with the window as idle expiry
 * (a pair without a failure in the window is dropped) and the pipeline's entity cap.
 */
public final class SigningRetryDetector implements Detector, Checkpointable, EntityBounded {
    public static final String NAME = "signing_retry";
    static final Duration WINDOW = Duration.ofHours(1);
    static final int MAX_FAILURES = 16;

    private final EntityTable<String, Deque<Instant>> failures;

    public SigningRetryDetector() {
        this(EntityLimits.DEFAULT);
    }

    /** Keeps at most {@code limits.maxEntities()} (initiator, wallet) pairs; the idle expiry is {@link #WINDOW}. */
    public SigningRetryDetector(EntityLimits limits) {
        this.failures = new EntityTable<>(
                NAME + ".pairs",
                new EntityLimits(
                        WINDOW, requireNonNull(limits, "limits is null").maxEntities()));
    }

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
        failures.advance(now);
        String initiator = event.userName().orElse("");
        String walletId = event.text(EventFields.WALLET_ID).orElse("");
        String key = initiator + "\u0000" + walletId;
        Deque<Instant> earlier = failures.peek(key);
        if (earlier != null) {
            trim(earlier, now);
        }
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
            Deque<Instant> times = failures.touch(key, now, ignored -> new ArrayDeque<>());
            times.addLast(now);
            if (times.size() > MAX_FAILURES) {
                times.removeFirst();
            }
        }
        return findings;
    }

    @Override
    public List<EntityTableUsage> entityUsage() {
        return List.of(failures.usage());
    }

    /**
     * The pairs least recently failed first, each with its {@code last_seen}, and the table's clock and counts under
     * {@code failures_table}.
     */
    @Override
    public ObjectNode checkpoint() {
        ObjectNode node = StateJson.object();
        failures.writeState(node.putObject("failures_table"));
        ArrayNode entries = node.putArray("failures");
        failures.forEach((key, times, lastSeen) -> {
            ObjectNode entry = entries.addObject().put("key", key);
            ArrayNode timeStates = entry.putArray("times");
            times.forEach(time -> timeStates.add(time.toString()));
            EntityTable.writeLastSeen(entry, lastSeen);
        });
        return node;
    }

    @Override
    public void restore(JsonNode state) {
        JsonNode tableState =
                state.has("failures_table") ? StateJson.object(state, "failures_table") : StateJson.object();
        EntityTable.Restorer<String, Deque<Instant>> restored = failures.restorer(tableState);
        for (JsonNode entry : StateJson.array(state, "failures")) {
            JsonNode times = StateJson.array(entry, "times");
            if (times.size() > MAX_FAILURES) {
                throw new InvalidStateException(NAME + ": more than " + MAX_FAILURES + " failures for one pair");
            }
            Deque<Instant> deque = new ArrayDeque<>();
            for (JsonNode time : times) {
                deque.addLast(StateJson.instantValue(time, "failure time"));
            }
            restored.add(StateJson.text(entry, "key"), deque, entry);
        }
        restored.finish();
    }

    private static void trim(Deque<Instant> times, Instant now) {
        Instant oldest = now.minus(WINDOW);
        while (!times.isEmpty() && times.peekFirst().isBefore(oldest)) {
            times.removeFirst();
        }
    }
}
