package dev.custos.detect.correlation;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.RiskView;
import dev.custos.detect.explain.EntityRef;
import dev.custos.detect.explain.Finding;
import dev.custos.detect.explain.FindingSeverity;
import dev.custos.detect.explain.KillChainStage;
import dev.custos.detect.explain.Scores;
import dev.custos.detect.output.Alert;
import dev.custos.detect.state.Checkpointable;
import dev.custos.detect.state.EntityBounded;
import dev.custos.detect.state.EntityLimits;
import dev.custos.detect.state.EntityTable;
import dev.custos.detect.state.EntityTableUsage;
import dev.custos.detect.state.StateJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Risk-based alerting: findings accumulate per entity across kill-chain stages within a time window; an identity
 * alerts when its risk first reaches {@link CorrelationSettings#alertAt()} and again each time it reaches a higher
 * severity, and always when a finding demands it (governance changes, screening hits). Alerts go to the accountable
 * identity of the findings (their first entity); the other entities accumulate risk silently. This keeps alert
 * volume low while catching slow campaigns.
 *
 * <p>Ledgers live in an {@link EntityTable}, an entity seen each time a finding names it. A ledger whose findings have
 * all left the window and that holds no alert level says nothing that an absent ledger would not, so it is dropped
 * (checked once per {@link #SWEEP_INTERVAL} of event time, counted as expired); beyond that the pipeline's idle expiry
 * and cap apply (the least recently named entity forgotten first, and with it its alert level).
 */
public final class Correlator implements RiskView, Checkpointable, EntityBounded {
    /** How often (in event time) emptied ledgers are looked for. */
    static final Duration SWEEP_INTERVAL = Duration.ofHours(1);

    private static final int MAX_EVIDENCE = 50;
    private static final int SUMMARY_FINDINGS = 3;

    private final CorrelationSettings settings;
    private final EntityTable<EntityRef, RiskLedger> ledgers;
    private Instant now = Instant.EPOCH;
    private Instant nextSweep;
    private long alertCount;

    public Correlator(CorrelationSettings settings) {
        this(settings, EntityLimits.DEFAULT);
    }

    public Correlator(CorrelationSettings settings, EntityLimits limits) {
        this.settings = requireNonNull(settings, "settings is null");
        this.ledgers = new EntityTable<>("correlator.ledgers", requireNonNull(limits, "limits is null"));
    }

    /** Sets the time at which {@link #riskOf} is evaluated (the current event's time). */
    public void advanceTo(Instant time) {
        requireNonNull(time, "time is null");
        if (time.isAfter(now)) {
            now = time;
        }
        ledgers.advance(now);
        if (nextSweep == null || !now.isBefore(nextSweep)) {
            Instant windowStart = now.minus(settings.window());
            ledgers.dropStale(windowStart, ledger -> ledger.isSilent(now));
            nextSweep = now.plus(SWEEP_INTERVAL);
        }
    }

    @Override
    public List<EntityTableUsage> entityUsage() {
        return List.of(ledgers.usage());
    }

    @Override
    public int riskOf(EntityRef entity) {
        RiskLedger ledger = ledgers.peek(entity);
        return ledger == null ? 0 : ledger.risk(now);
    }

    /** Records one event's findings and returns the alerts they raise, in a fixed order. */
    public List<Alert> ingest(List<Finding> findings) {
        requireNonNull(findings, "findings is null");
        Map<EntityRef, List<Finding>> byPrimary = new LinkedHashMap<>();
        for (Finding finding : findings) {
            for (EntityRef entity : new LinkedHashSet<>(finding.entities())) {
                ledgers.touch(entity, now, key -> new RiskLedger(settings)).add(finding);
            }
            byPrimary
                    .computeIfAbsent(finding.primaryEntity(), key -> new ArrayList<>())
                    .add(finding);
        }
        List<Alert> alerts = new ArrayList<>();
        for (Map.Entry<EntityRef, List<Finding>> entry : byPrimary.entrySet()) {
            RiskLedger ledger = ledgers.touch(entry.getKey(), now, key -> new RiskLedger(settings));
            int risk = ledger.risk(now);
            int level = level(risk);
            boolean forced =
                    entry.getValue().stream().anyMatch(finding -> finding.severity() != FindingSeverity.NORMAL);
            if (risk < 40) {
                ledger.alertedLevel(0);
            }
            if (forced || (risk >= settings.alertAt() && level > ledger.alertedLevel())) {
                ledger.alertedLevel(Math.max(level, ledger.alertedLevel()));
                alerts.add(alert(entry.getKey(), ledger, risk, forced));
            }
        }
        return alerts;
    }

    /** The entity's strongest findings still in the window (by decayed score, then time), at most {@code limit}. */
    public List<Finding> strongestFindings(EntityRef entity, int limit) {
        RiskLedger ledger = ledgers.peek(entity);
        if (ledger == null) {
            return List.of();
        }
        List<Finding> findings = ledger.findings(now);
        ledger.sortStrongestFirst(findings, now);
        return List.copyOf(findings.subList(0, Math.min(limit, findings.size())));
    }

    /**
     * The risk of the findings of several entities taken together, each finding counted once (a finding that
     * concerns both a user and a wallet is not double-counted), keeping only those {@code include} accepts.
     */
    public int combinedRisk(Collection<EntityRef> entities, Predicate<Finding> include) {
        return RiskLedger.risk(combinedFindings(entities, include), now, settings.halfLife());
    }

    /** The risk of the given findings at the current time, each (detector, stage) once at its strongest. */
    public int riskOf(Collection<Finding> findings) {
        requireNonNull(findings, "findings is null");
        return RiskLedger.risk(findings, now, settings.halfLife());
    }

    /** The distinct findings of several entities that {@code include} accepts, strongest first. */
    public List<Finding> combinedFindings(Collection<EntityRef> entities, Predicate<Finding> include) {
        requireNonNull(entities, "entities is null");
        requireNonNull(include, "include is null");
        Set<Finding> union = new LinkedHashSet<>();
        for (EntityRef entity : entities) {
            RiskLedger ledger = ledgers.peek(entity);
            if (ledger != null) {
                for (Finding finding : ledger.findings(now)) {
                    if (include.test(finding)) {
                        union.add(finding);
                    }
                }
            }
        }
        List<Finding> sorted = new ArrayList<>(union);
        RiskLedger.sortStrongestFirst(sorted, now, settings.halfLife());
        return sorted;
    }

    @Override
    public ObjectNode checkpoint() {
        ObjectNode node = StateJson.object();
        node.put("now", now.toString());
        node.put("alert_count", alertCount);
        ledgers.writeState(node.putObject("ledgers_table"));
        ArrayNode ledgerStates = node.putArray("ledgers");
        node.put("next_sweep", nextSweep == null ? null : nextSweep.toString());
        ledgers.forEach((entity, ledger, lastSeen) -> {
            ledger.trim(now);
            ObjectNode entry = ledgerStates.addObject();
            entry.set("entity", StateJson.entity(entity));
            entry.set("ledger", ledger.toState());
            EntityTable.writeLastSeen(entry, lastSeen);
        });
        return node;
    }

    /** Restores a {@link #checkpoint()}, also one written before ledgers had a table (entities in name order). */
    @Override
    public void restore(JsonNode state) {
        JsonNode tableState =
                state.has("ledgers_table") ? StateJson.object(state, "ledgers_table") : StateJson.object();
        EntityTable.Restorer<EntityRef, RiskLedger> restored = ledgers.restorer(tableState);
        for (JsonNode entry : StateJson.array(state, "ledgers")) {
            restored.add(
                    StateJson.entity(StateJson.object(entry, "entity")),
                    RiskLedger.fromState(StateJson.object(entry, "ledger"), settings),
                    entry);
        }
        Instant restoredNow = StateJson.instant(state, "now");
        long restoredCount = StateJson.count(state, "alert_count");
        Instant restoredSweep = StateJson.optionalInstant(state, "next_sweep");
        restored.finish();
        now = restoredNow;
        nextSweep = restoredSweep;
        alertCount = restoredCount;
    }

    /** The number of entities with a ledger. */
    public int entityCount() {
        return ledgers.size();
    }

    private Alert alert(EntityRef entity, RiskLedger ledger, int risk, boolean forced) {
        int score = forced ? Math.max(risk, 65) : risk;
        List<Finding> contributing = ledger.findings(now);
        Set<String> detectors = new TreeSet<>();
        Set<String> evidence = new LinkedHashSet<>();
        for (Finding finding : contributing) {
            detectors.add(finding.detector());
            if (evidence.size() < MAX_EVIDENCE) {
                evidence.add(finding.eventReference());
            }
        }
        List<KillChainStage> stages = new ArrayList<>(ledger.stages(now));
        List<Finding> strongest = new ArrayList<>(contributing);
        ledger.sortStrongestFirst(strongest, now);
        StringBuilder summary = new StringBuilder()
                .append(entity)
                .append(": risk ")
                .append(score)
                .append(" across ")
                .append(stages.stream().map(KillChainStage::label).toList())
                .append(". ");
        List<String> seen = new ArrayList<>();
        for (Finding finding : strongest) {
            if (seen.size() == SUMMARY_FINDINGS) {
                break;
            }
            String explanation = finding.explain();
            if (!seen.contains(explanation)) {
                seen.add(explanation);
            }
        }
        summary.append(String.join(" | ", seen));
        alertCount++;
        return new Alert(
                now,
                alertId(entity, score, alertCount),
                Scores.severity(score),
                score,
                entity,
                List.copyOf(detectors),
                summary.toString(),
                List.copyOf(evidence),
                stages,
                contributing);
    }

    private static int level(int risk) {
        return switch (Scores.severity(risk)) {
            case "critical" -> 3;
            case "high" -> 2;
            case "medium" -> 1;
            default -> 0;
        };
    }

    private String alertId(EntityRef entity, int score, long sequence) {
        String material = entity.type().label() + "\n" + entity.id() + "\n" + now + "\n" + score + "\n" + sequence;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(material.getBytes(StandardCharsets.UTF_8));
            return "alert-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
