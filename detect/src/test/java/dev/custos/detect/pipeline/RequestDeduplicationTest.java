package dev.custos.detect.pipeline;

import static dev.custos.detect.TestEvents.signing;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.detect.TestEvents;
import dev.custos.detect.forest.ForestSettings;
import dev.custos.detect.intel.AddressIntel;
import dev.custos.detect.output.PipelineOutput;
import dev.custos.detect.output.SigningDecision;
import dev.custos.types.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestDeduplicationTest {
    private static final Instant T0 = Instant.parse("2025-03-03T09:00:00Z");
    private static final String TO = "0x1234567890123456789012345678901234567890";

    private static TestEvents request(Instant time, String id, double amount) {
        return signing(time, "ops", "hot-1", TO, amount)
                .with("custos.request.id", id)
                .with("custos.wallet.tier", "hot")
                .with("custos.wallet.balance_usd", 1_000_000.0);
    }

    private static SigningDecision decision(List<PipelineOutput> outputs) {
        return outputs.stream()
                .filter(SigningDecision.class::isInstance)
                .map(SigningDecision.class::cast)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theSameRequestThreeTimes_getsTheSameDecision_andIsLearnedOnce() {
        DetectionPipeline once = DetectionPipeline.standard(AddressIntel.EMPTY, ForestSettings.DEFAULT);
        DetectionPipeline thrice = DetectionPipeline.standard(AddressIntel.EMPTY, ForestSettings.DEFAULT);
        for (int i = 0; i < 30; i++) {
            once.process(
                    request(T0.plus(Duration.ofHours(i)), "req-" + i, 1_000 + i).build());
            for (int copy = 0; copy < 3; copy++) {
                SigningDecision decision = decision(
                        thrice.process(request(T0.plus(Duration.ofHours(i)).plusSeconds(copy), "req-" + i, 1_000 + i)
                                .build()));
                if (copy > 0) {
                    assertThat(decision.reasons().getLast()).contains("same request again");
                }
            }
        }
        // Learned once: the detectors' state is the same as after one copy of each request.
        assertThat(thrice.checkpoint().get("detectors"))
                .isEqualTo(once.checkpoint().get("detectors"));
    }

    @Test
    void aRequestIdReusedForOtherContent_isDenied() {
        DetectionPipeline pipeline = DetectionPipeline.standard(AddressIntel.EMPTY, ForestSettings.DEFAULT);
        assertThat(decision(pipeline.process(request(T0, "req-1", 100).build())).decision())
                .isEqualTo(Verdict.ALLOW);

        SigningDecision second = decision(
                pipeline.process(request(T0.plusSeconds(5), "req-1", 900_000).build()));

        assertThat(second.decision()).isEqualTo(Verdict.DENY);
        assertThat(second.reasons().getFirst()).contains("other content");
    }

    @Test
    void theMemory_survivesACheckpoint() {
        DetectionPipeline pipeline = DetectionPipeline.standard(AddressIntel.EMPTY, ForestSettings.DEFAULT);
        pipeline.process(request(T0, "req-1", 100).build());
        DetectionPipeline restored = DetectionPipeline.standard(AddressIntel.EMPTY, ForestSettings.DEFAULT);
        restored.restore(pipeline.checkpoint());

        SigningDecision again = decision(
                restored.process(request(T0.plusSeconds(60), "req-1", 100).build()));

        assertThat(again.reasons().getLast()).contains("same request again");
    }
}
