package dev.custos.node.job;

import static java.util.Objects.requireNonNull;

import dev.custos.node.job.message.JobMessage;
import java.util.Optional;

/**
 * A job in progress on a node: its envelope-driven run, or its FROST signing between the rounds.
 *
 * @param start the job
 * @param session the run, for key generation and presigning
 * @param signing the signing between its rounds, for FROST signing
 * @param startedNanos when it started ({@link System#nanoTime()})
 */
record ActiveJob(
        JobMessage.JobStart start, Optional<JobSession> session, Optional<FrostSigning> signing, long startedNanos) {
    ActiveJob {
        requireNonNull(start, "start is null");
        requireNonNull(session, "session is null");
        requireNonNull(signing, "signing is null");
    }

    ActiveJob(JobMessage.JobStart start, Optional<JobSession> session, Optional<FrostSigning> signing) {
        this(start, session, signing, System.nanoTime());
    }
}
