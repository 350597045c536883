package dev.custos.detect.transaction;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.Detector;
import dev.custos.detect.RiskView;
import dev.custos.detect.calibration.Evidence;
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
import dev.custos.detect.state.StateJson;
import dev.custos.types.EventFields;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * {@code wallet_outflow}: a wallet's requested outflow over the last hour or the last 24 hours (including this
 * request) against that wallet's own usual hourly and daily outflow ({@link OutflowProfile}), as calibrated evidence.
 * Unlike a threshold against the largest window so far, a drain does not raise its own bar: past hours are
 * compared, the current one is not. Silent until the wallet has {@value #MIN_REQUESTS} requests over {@value
 * #MIN_HOURS} hours.
 */
public final class WalletOutflowDetector implements Detector, Checkpointable, EntityBounded {
    public static final String NAME = "wallet_outflow";
    static final int MIN_REQUESTS = 20;
    static final int MIN_HOURS = 7 * 24;
    /** Findings weaker than this (p above 1 %) are not reported. */
    static final int MIN_SCORE = 33;

    private final EntityTable<String, OutflowProfile> wallets;

    public WalletOutflowDetector() {
        this(TransactionRiskDetector.walletLimits(EntityLimits.DEFAULT));
    }

    public WalletOutflowDetector(EntityLimits limits) {
        this.wallets = new EntityTable<>(NAME + ".wallets", requireNonNull(limits, "limits is null"));
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
        Optional<String> walletId = event.text(EventFields.WALLET_ID);
        OptionalDouble amount = event.number(EventFields.TX_AMOUNT_USD);
        if (walletId.isEmpty() || amount.isEmpty() || amount.getAsDouble() < 0) {
            return List.of();
        }
        Instant now = event.timestamp();
        wallets.advance(now);
        OutflowProfile profile = wallets.touch(walletId.get(), now, ignored -> new OutflowProfile());
        List<Finding> findings = new ArrayList<>();
        if (profile.requests() >= MIN_REQUESTS && profile.closedHours() >= MIN_HOURS) {
            score(event, profile, amount.getAsDouble(), findings);
        }
        profile.learn(now, amount.getAsDouble());
        return findings;
    }

    private static void score(Event event, OutflowProfile profile, double amount, List<Finding> findings) {
        Instant now = event.timestamp();
        double hour = profile.windowOutflow(now, 3_600, amount);
        double day = profile.windowOutflow(now, 86_400, amount);
        double hourP = profile.hourPValue(hour);
        double dayP = profile.dayPValue(day);
        double pValue = Math.min(1, 4 * Math.min(hourP, dayP));
        int score = Evidence.score(pValue);
        if (score < MIN_SCORE) {
            return;
        }
        List<EntityRef> entities = new ArrayList<>();
        event.userName().map(EntityRef::user).ifPresent(entities::add);
        entities.add(EntityRef.wallet(event.text(EventFields.WALLET_ID).orElseThrow()));
        findings.add(new Finding(
                NAME,
                KillChainStage.SIGNING,
                score,
                entities,
                now,
                event.reference(),
                String.format(
                        Locale.ROOT,
                        "wallet outflow %.0f USD in the last hour, %.0f USD in 24 hours, above its own usual (p = %.2g)",
                        hour,
                        day,
                        pValue),
                List.of(
                        new FeatureEvidence(
                                "outflow_1h_usd",
                                TransactionRiskDetector.format(hour),
                                String.format(
                                        Locale.ROOT,
                                        "largest of %d past hours %.0f USD; p = %.2g",
                                        Math.min(OutflowProfile.HOURS, profile.closedHours()),
                                        profile.largestHour(),
                                        hourP)),
                        new FeatureEvidence(
                                "outflow_24h_usd",
                                TransactionRiskDetector.format(day),
                                String.format(
                                        Locale.ROOT,
                                        "largest past day %.0f USD; p = %.2g",
                                        profile.largestDay(),
                                        dayP))),
                FindingSeverity.NORMAL));
    }

    @Override
    public List<EntityTableUsage> entityUsage() {
        return List.of(wallets.usage());
    }

    /** Wallets least recently seen first, each with its {@code last_seen}, and the table under {@code table}. */
    @Override
    public ObjectNode checkpoint() {
        ObjectNode node = StateJson.object();
        wallets.writeState(node.putObject("table"));
        ArrayNode entries = node.putArray("wallets");
        wallets.forEach((id, profile, lastSeen) -> {
            ObjectNode entry = entries.addObject().put("wallet", id);
            entry.set("outflow", profile.toState());
            EntityTable.writeLastSeen(entry, lastSeen);
        });
        return node;
    }

    @Override
    public void restore(JsonNode state) {
        EntityTable.Restorer<String, OutflowProfile> restored = wallets.restorer(StateJson.object(state, "table"));
        for (JsonNode entry : StateJson.array(state, "wallets")) {
            restored.add(
                    StateJson.text(entry, "wallet"),
                    OutflowProfile.fromState(StateJson.object(entry, "outflow")),
                    entry);
        }
        restored.finish();
    }
}
