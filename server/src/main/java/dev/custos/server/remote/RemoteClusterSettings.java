package dev.custos.server.remote;

import static java.util.Objects.requireNonNull;

import dev.custos.coordinator.job.JobSettings;
import dev.custos.node.committee.CommitteeException;
import dev.custos.node.committee.CommitteeVerifier;
import dev.custos.node.committee.SignedCommittee;
import java.net.InetSocketAddress;

/**
 * How a {@link RemoteCluster} runs.
 *
 * @param relayListen where the relay listens for the nodes (port 0 picks a free one)
 * @param committee the signed committee: its members may connect; it must verify against its own admin quorum
 * @param threshold how many nodes sign (the threshold new wallets get), 2 to the number of members
 * @param jobs the job engine's timeouts, attempts and presignature pool
 */
public record RemoteClusterSettings(
        InetSocketAddress relayListen, SignedCommittee committee, int threshold, JobSettings jobs) {
    public RemoteClusterSettings {
        requireNonNull(relayListen, "relayListen is null");
        requireNonNull(committee, "committee is null");
        requireNonNull(jobs, "jobs is null");
        int members = committee.committee().members().size();
        if (threshold < 2 || threshold > members) {
            throw new IllegalArgumentException(
                    "the signing threshold must be 2 to the committee's " + members + " members, got " + threshold);
        }
        try {
            CommitteeVerifier.verifyFirst(committee, committee.committee().admins());
        } catch (CommitteeException e) {
            throw new IllegalArgumentException("the committee does not verify: " + e.getMessage(), e);
        }
    }
}
