package dev.custos.server.cluster;

import static java.util.Objects.requireNonNull;

import dev.custos.coordinator.job.JobSettings;
import dev.custos.node.job.SigningAuthorizer;
import dev.custos.node.job.authorize.DerivedPayloadAuthorizer;
import dev.custos.policy.model.PolicyParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How a {@link DevCluster} starts.
 *
 * @param folder the data folder (created if missing; the cluster uses {@code admin/}, {@code coordinator/} and {@code
 *     nodes/} in it)
 * @param authorizers makes each node's signing authorizer
 * @param deriver derives, as the nodes do, what a signing request signs (the job engine needs it to build FROST
 *     signing packages and combine ECDSA shares; the nodes never take it from the engine)
 * @param jobs the job engine's timeouts, attempts and presignature pool
 * @param connectTimeout how long to wait for every node to connect to the relay
 * @param initialPolicy a policy document the dev admin signs as version 1 and installs on the nodes when the cluster
 *     is created (ignored when it is loaded); none by default, so that the server's policy bootstrap installs the
 *     first one
 */
public record DevClusterSettings(
        Path folder,
        NodeAuthorizers authorizers,
        SigningAuthorizer deriver,
        JobSettings jobs,
        Duration connectTimeout,
        Optional<byte[]> initialPolicy) {
    public DevClusterSettings {
        requireNonNull(folder, "folder is null");
        requireNonNull(authorizers, "authorizers is null");
        requireNonNull(deriver, "deriver is null");
        requireNonNull(jobs, "jobs is null");
        requireNonNull(connectTimeout, "connectTimeout is null");
        requireNonNull(initialPolicy, "initialPolicy is null");
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("the connect timeout must be positive, got " + connectTimeout);
        }
        initialPolicy = initialPolicy.map(byte[]::clone);
    }

    /**
     * The defaults for {@code folder}: {@link DerivedPayloadAuthorizer} on the nodes and in the engine, the engine's
     * default job settings, 30 s to connect, no initial policy.
     */
    public static DevClusterSettings of(Path folder) {
        return new DevClusterSettings(
                folder,
                NodeAuthorizers.derivedPayload(),
                new DerivedPayloadAuthorizer(),
                JobSettings.defaults(),
                Duration.ofSeconds(30),
                Optional.empty());
    }

    /** These settings with {@code newAuthorizers} making the nodes' authorizers. */
    public DevClusterSettings withAuthorizers(NodeAuthorizers newAuthorizers) {
        return new DevClusterSettings(folder, newAuthorizers, deriver, jobs, connectTimeout, initialPolicy);
    }

    /** These settings with {@code newDeriver} deriving messages in the engine. */
    public DevClusterSettings withDeriver(SigningAuthorizer newDeriver) {
        return new DevClusterSettings(folder, authorizers, newDeriver, jobs, connectTimeout, initialPolicy);
    }

    /** These settings with {@code newJobs} for the engine. */
    public DevClusterSettings withJobs(JobSettings newJobs) {
        return new DevClusterSettings(folder, authorizers, deriver, newJobs, connectTimeout, initialPolicy);
    }

    /** These settings with {@code newTimeout} to wait for the nodes. */
    public DevClusterSettings withConnectTimeout(Duration newTimeout) {
        return new DevClusterSettings(folder, authorizers, deriver, jobs, newTimeout, initialPolicy);
    }

    /** These settings with {@code document} installed as policy version 1 when the cluster is created. */
    public DevClusterSettings withInitialPolicy(byte[] document) {
        return new DevClusterSettings(
                folder, authorizers, deriver, jobs, connectTimeout, Optional.of(document.clone()));
    }

    @Override
    public Optional<byte[]> initialPolicy() {
        return initialPolicy.map(byte[]::clone);
    }

    /** The baseline policy document the policy module ships (docs/POLICY.md), as its bytes. */
    public static byte[] baselinePolicy() {
        try (InputStream in = PolicyParser.class.getResourceAsStream("/dev/custos/policy/baseline-policy.json")) {
            if (in == null) {
                throw new IllegalStateException("the policy module's baseline policy resource is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the baseline policy: " + e.getMessage(), e);
        }
    }
}
