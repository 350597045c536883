package dev.custos.coordinator.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.node.identity.SigningKey;
import dev.custos.node.job.authorize.DerivedPayloadAuthorizer;
import dev.custos.node.job.message.JobMessage;
import dev.custos.node.job.message.PolicyStatus;
import dev.custos.node.policy.SignedPolicy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Policies delivered through the job engine to three enforcing nodes (docs/NODES.md, "Policy delivery"): each node
 * verifies the admins' quorum and the version itself, so a compromised coordinator can neither forge nor downgrade
 * a policy, and every refusal comes back with its reason.
 */
class PolicyDeliveryTest {
    static final List<String> NODES = SigningAcrossNodesTest.NODES;

    final Enforcement people = new Enforcement();
    Cluster cluster;

    @BeforeEach
    void start(@TempDir Path root) throws Exception {
        cluster = new Cluster(
                root,
                NODES,
                Enforcement.enforcing(),
                new DerivedPayloadAuthorizer(),
                Cluster.settings(Duration.ofSeconds(30), 1, 0));
    }

    @AfterEach
    void stop() throws Exception {
        cluster.close();
    }

    @Test
    void aQuorumSignedPolicyIsInstalledOnEveryNodeAndAgainChangesNothing() throws Exception {
        SignedPolicy first = signed(1, quorum());
        PolicyDeliveryResult installed = deliver(first.encode());
        assertThat(installed.installedEverywhere()).isTrue();
        assertThat(installed.reports()).hasSize(3).allSatisfy((node, report) -> {
            assertThat(report.status()).isEqualTo(PolicyStatus.INSTALLED);
            assertThat(report.installedVersion()).isEqualTo(1);
        });
        assertThat(installedVersions()).containsOnly(1L);

        PolicyDeliveryResult again = deliver(first.encode());
        assertThat(again.reports().values())
                .extracting(JobMessage.PolicyReport::status)
                .containsOnly(PolicyStatus.UNCHANGED);
        assertThat(again.installedEverywhere()).isTrue();
    }

    @Test
    void aCompromisedCoordinatorCannotForgeAPolicy() throws Exception {
        deliver(signed(1, quorum()).encode());

        assertRefusedEverywhere(
                deliver(signed(2, List.of(cluster.admins.get(0))).encode()), "NOT_SIGNED_BY_QUORUM");
        SecureRandom random = new SecureRandom();
        List<SigningKey> strangers = List.of(SigningKey.generate(random), SigningKey.generate(random));
        assertRefusedEverywhere(deliver(signed(2, strangers).encode()), "UNKNOWN_ADMIN");
        SignedPolicy genuine = signed(2, quorum());
        byte[] altered = people.policy(2, """
                {"id": "allow-all", "effect": "allow", "condition": "true"},""").getBytes(StandardCharsets.UTF_8);
        SignedPolicy swapped = new SignedPolicy(2, altered, genuine.signatures());
        assertRefusedEverywhere(deliver(swapped.encode()), "BAD_SIGNATURE");
        byte[] moved = new SignedPolicy(3, genuine.document(), genuine.signatures()).encode();
        assertRefusedEverywhere(deliver(moved), "BAD_SIGNATURE");
        assertRefusedEverywhere(deliver("not a policy".getBytes(StandardCharsets.US_ASCII)), "MALFORMED");
        byte[] truncated = java.util.Arrays.copyOf(genuine.encode(), genuine.encode().length - 1);
        assertRefusedEverywhere(deliver(truncated), "MALFORMED");

        assertThat(installedVersions()).containsOnly(1L);
    }

    @Test
    void aCompromisedCoordinatorCannotDowngradeAPolicyEvenAfterARestart() throws Exception {
        SignedPolicy first = signed(1, quorum());
        deliver(first.encode());
        deliver(signed(3, quorum()).encode());

        PolicyDeliveryResult downgrade = deliver(first.encode());
        assertRefusedEverywhere(downgrade, "DOWNGRADE: policy version 1 is below the installed version 3");
        assertThat(downgrade.reports().values())
                .extracting(JobMessage.PolicyReport::installedVersion)
                .containsOnly(3L);
        SignedPolicy rival = SignedPolicy.sign(
                3, people.policy(3, "").replace("red team", "rival").getBytes(StandardCharsets.UTF_8), quorum());
        assertRefusedEverywhere(deliver(rival.encode()), "CONFLICTING_VERSION");

        cluster.stop("node-b");
        PolicyDeliveryResult partial = deliver(signed(4, quorum()).encode());
        assertThat(partial.installedEverywhere()).isFalse();
        assertThat(partial.unanswered()).containsOnlyKeys("node-b");
        assertThat(partial.unanswered().get("node-b")).contains("not reached");
        cluster.start("node-b");
        // on reconnecting, node-b is sent the newest policy a node accepted, and installs it itself
        awaitVersion("node-b", 4);
        assertRefusedEverywhere(deliver(first.encode()), "DOWNGRADE");
        assertThat(deliver(signed(4, quorum()).encode()).reports().values())
                .extracting(JobMessage.PolicyReport::status)
                .containsOnly(PolicyStatus.UNCHANGED);
        assertThat(installedVersions()).containsOnly(4L);
    }

    @Test
    void aForgedPolicyIsNeverResentToReconnectingNodes() throws Exception {
        deliver(signed(1, quorum()).encode());
        assertRefusedEverywhere(
                deliver(signed(2, List.of(cluster.admins.get(0))).encode()), "NOT_SIGNED_BY_QUORUM");
        cluster.stop("node-c");
        cluster.start("node-c");
        assertRefusedEverywhere(
                deliver(signed(2, List.of(cluster.admins.get(2))).encode()), "NOT_SIGNED_BY_QUORUM");
        assertThat(installedVersions()).containsOnly(1L);
    }

    /** Waits (generously) until {@code node} holds policy {@code version}. */
    private void awaitVersion(String node, long version) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (Enforcement.authorizer(cluster, node)
                        .policies()
                        .current()
                        .map(SignedPolicy::version)
                        .orElse(0L)
                != version) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(node + " did not install policy version " + version);
            }
            Thread.sleep(20);
        }
    }

    @Test
    void aNodeWithoutAPolicyStoreRefusesEveryDelivery(@TempDir Path other) throws Exception {
        try (Cluster plain = new Cluster(
                other, NODES, new DerivedPayloadAuthorizer(), Cluster.settings(Duration.ofSeconds(30), 1, 0))) {
            SignedPolicy policy = Enforcement.signed(1, people.policy(1, ""), plain.admins.subList(0, 2));
            PolicyDeliveryResult result =
                    plain.engine.deliverPolicy(policy.encode(), NODES).get(60, TimeUnit.SECONDS);
            assertRefusedEverywhere(result, "this node takes no policies from the coordinator");
            assertThat(result.reports().values())
                    .extracting(JobMessage.PolicyReport::installedVersion)
                    .containsOnly(0L);
        }
    }

    private List<SigningKey> quorum() {
        return cluster.admins.subList(0, 2);
    }

    private SignedPolicy signed(long version, List<SigningKey> admins) {
        return Enforcement.signed(version, people.policy(version, ""), admins);
    }

    private PolicyDeliveryResult deliver(byte[] policy) throws Exception {
        return cluster.engine.deliverPolicy(policy, NODES).get(60, TimeUnit.SECONDS);
    }

    private List<Long> installedVersions() {
        return NODES.stream()
                .map(node -> Enforcement.authorizer(cluster, node)
                        .policies()
                        .current()
                        .map(SignedPolicy::version)
                        .orElse(0L))
                .toList();
    }

    private static void assertRefusedEverywhere(PolicyDeliveryResult result, String reason) {
        assertThat(result.installedEverywhere()).isFalse();
        assertThat(result.unanswered()).isEmpty();
        assertThat(result.refusals()).containsOnlyKeys(NODES);
        assertThat(result.refusals().values())
                .allSatisfy(text -> assertThat(text).contains(reason));
    }
}
