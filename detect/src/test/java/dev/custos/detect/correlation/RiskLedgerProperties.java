package dev.custos.detect.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.detect.explain.EntityRef;
import dev.custos.detect.explain.Finding;
import dev.custos.detect.explain.FindingSeverity;
import dev.custos.detect.explain.KillChainStage;
import dev.custos.detect.explain.Scores;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The ledger's risk and ordering agree bit for bit with the straightforward formulation (a map keyed by
 * "detector/stage" and a comparator that recomputes each decayed score), which they replace for speed.
 */
class RiskLedgerProperties {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final Duration HALF_LIFE = Duration.ofHours(6);
    private static final EntityRef ALICE = EntityRef.user("alice");

    @Property(tries = 200)
    void risk_matchesStringKeyedReference(@ForAll("findings") List<Finding> findings) {
        assertThat(RiskLedger.risk(findings, NOW, HALF_LIFE)).isEqualTo(referenceRisk(findings));
    }

    @Property(tries = 200)
    void sortStrongestFirst_matchesRecomputingComparator(@ForAll("findings") List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        RiskLedger.sortStrongestFirst(sorted, NOW, HALF_LIFE);

        List<Finding> expected = new ArrayList<>(findings);
        expected.sort(Comparator.comparingDouble((Finding finding) -> -referenceDecayed(finding))
                .thenComparing(Finding::timestamp));
        assertThat(sorted).containsExactlyElementsOf(expected);
    }

    @Provide
    Arbitrary<List<Finding>> findings() {
        Arbitrary<Finding> finding = Combinators.combine(
                        Arbitraries.of("rarity", "session_reuse", "governance_change", "rarity/x"),
                        Arbitraries.of(KillChainStage.class),
                        Arbitraries.integers().between(1, 100),
                        Arbitraries.longs().between(-3_600_000L, 200_000_000L))
                .as((detector, stage, score, ageMillis) -> new Finding(
                        detector,
                        stage,
                        score,
                        List.of(ALICE),
                        NOW.minusMillis(ageMillis).minusNanos(ageMillis % 7 * 100_000L),
                        "e" + ageMillis,
                        detector + " fired",
                        List.of(),
                        FindingSeverity.NORMAL));
        return finding.list().ofMaxSize(40);
    }

    private static int referenceRisk(List<Finding> findings) {
        Map<String, Double> strongest = new LinkedHashMap<>();
        for (Finding finding : findings) {
            strongest.merge(finding.detector() + "/" + finding.stage(), referenceDecayed(finding), Math::max);
        }
        return Scores.toScore(Scores.combine(
                strongest.values().stream().mapToDouble(Double::doubleValue).toArray()));
    }

    private static double referenceDecayed(Finding finding) {
        Duration age = Duration.between(finding.timestamp(), NOW);
        if (age.isNegative()) {
            return finding.score();
        }
        return finding.score() * Math.pow(0.5, (double) age.toMillis() / HALF_LIFE.toMillis());
    }
}
