package dev.custos.coordinator.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.node.envelope.SessionId;
import dev.custos.node.job.message.JobId;
import dev.custos.node.job.message.JobMessage;
import dev.custos.node.job.message.JobSpec;
import dev.custos.node.job.message.Outcome;
import dev.custos.node.job.message.Scheme;
import dev.custos.node.job.message.WalletId;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class RunningJobTest {
    private static final List<String> NODES = List.of("node-a", "node-b");

    @Test
    void firstPhase_answersInBeforeTheEngineAsks_isStillComplete() {
        RunningJob job = new RunningJob(new JobMessage.JobStart(
                new JobId("job-1"),
                SessionId.random(new SecureRandom()),
                Scheme.FROST_ED25519,
                new WalletId("w"),
                NODES,
                2,
                new JobSpec.KeyGeneration()));
        // in-memory links deliver the answers to the job start before the launching thread continues
        job.onOutcome("node-a", new Outcome.KeyGenerated(new byte[] {1}));
        job.onOutcome("node-b", new Outcome.KeyGenerated(new byte[] {1}));

        CompletableFuture<Map<String, Outcome>> first = job.firstPhase();
        assertThat(first).isCompleted();
        assertThat(first.join()).containsOnlyKeys("node-a", "node-b");
        // asked now, the current phase is the next one, which no answer completes: the stall this guards against
        assertThat(job.phase()).isNotCompleted();
        assertThat(job.waitingFor()).containsExactlyElementsOf(NODES);
    }
}
