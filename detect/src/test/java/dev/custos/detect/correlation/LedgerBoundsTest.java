package dev.custos.detect.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.explain.EntityRef;
import dev.custos.detect.explain.FeatureEvidence;
import dev.custos.detect.explain.Finding;
import dev.custos.detect.explain.FindingSeverity;
import dev.custos.detect.explain.KillChainStage;
import dev.custos.detect.output.Alert;
import dev.custos.detect.state.EntityLimits;
import dev.custos.detect.state.EntityTableUsage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerBoundsTest {
    private static final Instant T0 = Instant.parse("2025-02-18T03:00:00Z");

    @Test
    void emptiedLedgerWithoutAlertLevel_isDroppedAfterTheWindow() {
        Correlator correlator = new Correlator(CorrelationSettings.DEFAULT);
        ingest(correlator, T0, finding("quiet", 30, T0));

        correlator.advanceTo(T0.plus(Duration.ofDays(15)));

        assertThat(usage(correlator).entities()).isZero();
        assertThat(usage(correlator).expired()).isEqualTo(1);
        assertThat(correlator.riskOf(EntityRef.user("quiet"))).isZero();
    }

    @Test
    void ledgerHoldingAnAlertLevel_isKept_becauseItStillSuppressesARepeatAlert() {
        Correlator correlator = new Correlator(CorrelationSettings.DEFAULT);
        List<Alert> first = ingest(correlator, T0, finding("loud", 60, T0));

        correlator.advanceTo(T0.plus(Duration.ofDays(15)));

        assertThat(first).hasSize(1);
        assertThat(usage(correlator).entities()).isEqualTo(1);
    }

    @Test
    void ledgerWithAFindingStillInTheWindow_isKept() {
        Correlator correlator = new Correlator(CorrelationSettings.DEFAULT);
        ingest(correlator, T0, finding("recent", 30, T0));

        correlator.advanceTo(T0.plus(Duration.ofDays(13)));

        assertThat(usage(correlator).entities()).isEqualTo(1);
        assertThat(correlator.riskOf(EntityRef.user("recent"))).isPositive();
    }

    @Test
    void droppedLedger_behavesLikeAFreshOne() {
        Correlator correlator = new Correlator(CorrelationSettings.DEFAULT);
        Correlator fresh = new Correlator(CorrelationSettings.DEFAULT);
        ingest(correlator, T0, finding("quiet", 30, T0));
        Instant later = T0.plus(Duration.ofDays(20));
        fresh.advanceTo(T0);

        List<Alert> afterDrop = ingest(correlator, later, finding("quiet", 70, later));
        List<Alert> fromNothing = ingest(fresh, later, finding("quiet", 70, later));

        assertThat(afterDrop).hasSize(1);
        assertThat(afterDrop.getFirst().score())
                .isEqualTo(fromNothing.getFirst().score());
        assertThat(afterDrop.getFirst().evidence())
                .isEqualTo(fromNothing.getFirst().evidence());
    }

    @Test
    void cap_forgetsTheLeastRecentlyNamedIdentity() {
        Correlator correlator = new Correlator(CorrelationSettings.DEFAULT, new EntityLimits(Duration.ofDays(90), 2));
        ingest(correlator, T0, finding("a", 30, T0));
        ingest(correlator, T0.plusSeconds(1), finding("b", 30, T0.plusSeconds(1)));
        ingest(correlator, T0.plusSeconds(2), finding("c", 30, T0.plusSeconds(2)));

        assertThat(usage(correlator).entities()).isEqualTo(2);
        assertThat(usage(correlator).evicted()).isEqualTo(1);
        assertThat(correlator.riskOf(EntityRef.user("a"))).isZero();
        assertThat(correlator.riskOf(EntityRef.user("c"))).isEqualTo(30);
    }

    @Test
    void checkpoint_roundTripsTheTable_andAcceptsStatesWithoutIt() {
        Correlator correlator = new Correlator(CorrelationSettings.DEFAULT);
        ingest(correlator, T0, finding("b", 30, T0));
        ingest(correlator, T0.plusSeconds(1), finding("a", 40, T0.plusSeconds(1)));
        Correlator restored = new Correlator(CorrelationSettings.DEFAULT);
        restored.restore(correlator.checkpoint());
        ObjectNode old = correlator.checkpoint();
        old.remove("ledgers_table");
        ((ArrayNode) old.get("ledgers")).forEach(entry -> ((ObjectNode) entry).remove("last_seen"));
        Correlator fromOld = new Correlator(CorrelationSettings.DEFAULT);
        fromOld.restore(old);

        assertThat(restored.checkpoint()).isEqualTo(correlator.checkpoint());
        assertThat(restored.entityUsage()).isEqualTo(correlator.entityUsage());
        assertThat(fromOld.riskOf(EntityRef.user("a"))).isEqualTo(40);
        assertThat(fromOld.entityCount()).isEqualTo(2);
    }

    private static List<Alert> ingest(Correlator correlator, Instant time, Finding finding) {
        correlator.advanceTo(time);
        return correlator.ingest(List.of(finding));
    }

    private static EntityTableUsage usage(Correlator correlator) {
        return correlator.entityUsage().getFirst();
    }

    private static Finding finding(String user, int score, Instant time) {
        return new Finding(
                "rarity",
                KillChainStage.INITIAL_ACCESS,
                score,
                List.of(EntityRef.user(user)),
                time,
                "e-" + user + "-" + time.getEpochSecond(),
                "rarity fired",
                List.of(new FeatureEvidence("feature", "value", "baseline")),
                FindingSeverity.NORMAL);
    }
}
