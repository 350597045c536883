package dev.custos.detect.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.detect.Detector;
import dev.custos.detect.RiskView;
import dev.custos.detect.TestEvents;
import dev.custos.detect.correlation.CorrelationSettings;
import dev.custos.detect.event.Event;
import dev.custos.detect.explain.EntityRef;
import dev.custos.detect.explain.FeatureEvidence;
import dev.custos.detect.explain.Finding;
import dev.custos.detect.explain.FindingSeverity;
import dev.custos.detect.explain.KillChainStage;
import dev.custos.detect.output.Alert;
import dev.custos.detect.output.PipelineOutput;
import dev.custos.detect.pipeline.DetectionPipeline;
import dev.custos.detect.state.StateJson;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedbackTest {
    private static final Instant T0 = Instant.parse("2025-03-03T09:00:00Z");
    private static final EntityRef ALICE = EntityRef.user("alice");

    @Test
    void falsePositiveMark_lowersTheRepeatedFindingsContribution() {
        DetectionPipeline marked = pipeline();
        DetectionPipeline unmarked = pipeline();
        Alert first = onlyAlert(marked.process(probe(T0, "alice", "RO", "NORMAL")));
        unmarked.process(probe(T0, "alice", "RO", "NORMAL"));

        marked.markFalsePositive(new FalsePositive(first.id(), "bob", T0.plusSeconds(60), "alice moved to Romania"));
        // 15 days later the first finding has left the 14-day window; only the repeat counts.
        Instant later = T0.plus(Duration.ofDays(15));
        List<PipelineOutput> afterMark = marked.process(probe(later, "alice", "RO", "NORMAL"));
        List<PipelineOutput> withoutMark = unmarked.process(probe(later, "alice", "RO", "NORMAL"));

        assertThat(withoutMark).isEmpty();
        assertThat(afterMark).isEmpty();
        assertThat(unmarked.correlator().riskOf(ALICE)).isEqualTo(60);
        assertThat(marked.correlator().riskOf(ALICE)).isEqualTo(30);
        assertThat(marked.correlator().strongestFindings(ALICE, 1).getFirst().explain())
                .contains("feedback=weight 0.50");
        // A different value of the feature is not covered by the mark.
        marked.process(probe(later.plus(Duration.ofDays(15)), "alice", "KP", "NORMAL"));
        assertThat(marked.correlator().riskOf(ALICE)).isEqualTo(60);
    }

    @Test
    void suppression_isScopedAndExpires() {
        DetectionPipeline pipeline = pipeline();
        pipeline.suppress(new Suppression(
                "sup-1",
                new FeedbackScope("probe", ALICE, null, null),
                "bob",
                T0,
                T0.plus(Duration.ofDays(1)),
                "alice travels this week"));

        List<PipelineOutput> suppressed = pipeline.process(probe(T0.plusSeconds(60), "alice", "RO", "NORMAL"));
        List<PipelineOutput> otherUser = pipeline.process(probe(T0.plusSeconds(120), "carol", "RO", "NORMAL"));
        List<PipelineOutput> expired = pipeline.process(probe(T0.plus(Duration.ofDays(2)), "alice", "RO", "NORMAL"));

        assertThat(suppressed).isEmpty();
        assertThat(otherUser).hasSize(1);
        assertThat(expired).hasSize(1);
        assertThat(pipeline.feedback().suppressedCounts()).containsEntry("sup-1", 1L);
        assertThat(pipeline.feedback().recentlySuppressed())
                .singleElement()
                .satisfies(finding -> assertThat(finding.entity()).isEqualTo(ALICE));
    }

    @Test
    void screeningHits_areNeverSuppressed_norMarkedBelowHigh() {
        DetectionPipeline pipeline = pipeline();
        Alert hit = onlyAlert(pipeline.process(probe(T0, "alice", "RO", "DENY")));
        pipeline.markFalsePositive(new FalsePositive(hit.id(), "bob", T0, "listed by mistake"));
        pipeline.markFalsePositive(new FalsePositive(hit.id(), "bob", T0, "really"));
        pipeline.suppress(new Suppression(
                "sup-all", new FeedbackScope("probe", null, null, null), "bob", T0, T0.plus(Duration.ofDays(30)), "x"));

        Alert again = onlyAlert(pipeline.process(probe(T0.plus(Duration.ofDays(15)), "alice", "RO", "DENY")));

        Finding finding = again.findings().getLast();
        assertThat(finding.severity()).isEqualTo(FindingSeverity.DENY);
        // Two marks would weigh 100 down to 25; a screening hit stays at the high floor.
        assertThat(finding.score()).isEqualTo(Feedback.PROTECTED_FLOOR);
        assertThat(pipeline.feedback().suppressedCounts()).isEmpty();
    }

    @Test
    void unknownAlertOrDuplicateSuppression_isRefused() {
        DetectionPipeline pipeline = pipeline();
        Suppression suppression = new Suppression(
                "sup-1", new FeedbackScope(null, ALICE, null, null), "bob", T0, T0.plusSeconds(10), "x");
        pipeline.suppress(suppression);

        assertThatThrownBy(() -> pipeline.markFalsePositive(new FalsePositive("alert-nope", "bob", T0, "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown alert id alert-nope");
        assertThatThrownBy(() -> pipeline.suppress(suppression))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sup-1");
        assertThatThrownBy(() ->
                        new Suppression("sup-2", new FeedbackScope("probe", null, null, null), "bob", T0, T0, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expires");
    }

    @Test
    void checkpointRoundTrip_keepsFeedback() throws Exception {
        DetectionPipeline original = pipeline();
        Alert first = onlyAlert(original.process(probe(T0, "alice", "RO", "NORMAL")));
        original.markFalsePositive(new FalsePositive(first.id(), "bob", T0, "benign"));
        original.suppress(new Suppression(
                "sup-carol",
                new FeedbackScope(null, EntityRef.user("carol"), "country", "RO"),
                "bob",
                T0,
                T0.plus(Duration.ofDays(30)),
                "carol works from Bucharest"));
        String saved = StateJson.MAPPER.writeValueAsString(original.checkpoint());

        DetectionPipeline restored = pipeline();
        restored.restore(StateJson.MAPPER.readTree(saved));
        Instant later = T0.plus(Duration.ofDays(15));

        assertThat(StateJson.MAPPER.writeValueAsString(restored.checkpoint())).isEqualTo(saved);
        assertThat(restored.feedback().records()).isEqualTo(original.feedback().records());
        assertThat(restored.process(probe(later, "alice", "RO", "NORMAL"))).isEmpty();
        assertThat(restored.process(probe(later, "carol", "RO", "NORMAL"))).isEmpty();
        assertThat(restored.process(probe(later, "carol", "KP", "NORMAL"))).hasSize(1);
    }

    @Test
    void jsonLines_roundTrip_andNameTheCulprit() {
        Suppression suppression = new Suppression(
                "sup-1",
                new FeedbackScope("login_rarity", ALICE, "country", "RO"),
                "bob",
                T0,
                T0.plus(Duration.ofDays(7)),
                "trip");
        FalsePositive mark = new FalsePositive("alert-0011223344556677", "bob", T0, "known");

        assertThat(FeedbackJson.parse(FeedbackJson.toJson(suppression).toString()))
                .isEqualTo(suppression);
        assertThat(FeedbackJson.parse(FeedbackJson.toJson(mark).toString())).isEqualTo(mark);
        assertThatThrownBy(() -> FeedbackJson.parse(
                        "{\"type\":\"suppression\",\"@timestamp\":\"2025-03-03T09:00:00Z\",\"id\":\"s\",\"by\":\"b\","
                                + "\"reason\":\"r\",\"expires\":\"tomorrow\",\"detector\":\"x\"}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expires");
        assertThatThrownBy(() ->
                        FeedbackJson.parse("{\"type\":\"false_positive\",\"@timestamp\":\"2025-03-03T09:00:00Z\"}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alert_id");
    }

    private static DetectionPipeline pipeline() {
        return new DetectionPipeline(List.of(new ProbeDetector()), CorrelationSettings.DEFAULT);
    }

    private static Alert onlyAlert(List<PipelineOutput> outputs) {
        assertThat(outputs).singleElement().isInstanceOf(Alert.class);
        return (Alert) outputs.getFirst();
    }

    private static Event probe(Instant time, String user, String country, String severity) {
        return TestEvents.event(time, "test", "probe")
                .with("user.name", user)
                .with("source.geo.country_iso_code", country)
                .with("custos.test.severity", severity)
                .build();
    }

    /** Scores 60 (100 for a DENY severity) for every {@code test/probe} event: a country "never used". */
    private static final class ProbeDetector implements Detector {
        @Override
        public String name() {
            return "probe";
        }

        @Override
        public List<Finding> observe(Event event, RiskView risk) {
            if (!event.action().equals("probe")) {
                return List.of();
            }
            String country = event.text("source.geo.country_iso_code").orElseThrow();
            FindingSeverity severity =
                    FindingSeverity.valueOf(event.text("custos.test.severity").orElseThrow());
            return List.of(new Finding(
                    "probe",
                    KillChainStage.INITIAL_ACCESS,
                    severity == FindingSeverity.DENY ? 100 : 60,
                    List.of(EntityRef.user(event.userName().orElseThrow())),
                    event.timestamp(),
                    event.reference(),
                    "probe finding",
                    List.of(new FeatureEvidence("country", country, "never seen")),
                    severity));
        }
    }
}
