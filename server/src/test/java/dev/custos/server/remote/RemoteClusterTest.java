package dev.custos.server.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.coordinator.job.JobSettings;
import dev.custos.coordinator.job.Wallet;
import dev.custos.node.committee.AdminQuorum;
import dev.custos.node.committee.Committee;
import dev.custos.node.committee.CommitteeStore;
import dev.custos.node.committee.SignedCommittee;
import dev.custos.node.enforce.PolicyAuthorizer;
import dev.custos.node.identity.NodeIdentity;
import dev.custos.node.identity.NodeIdentityStore;
import dev.custos.node.identity.SigningKey;
import dev.custos.node.identity.UnlockedNode;
import dev.custos.node.job.NodeRuntime;
import dev.custos.node.job.NodeStorage;
import dev.custos.node.job.PolicyInstaller;
import dev.custos.node.job.message.Scheme;
import dev.custos.node.job.message.WalletId;
import dev.custos.node.keystore.KeyFileKeySource;
import dev.custos.node.link.CoordinatorAddress;
import dev.custos.node.link.LinkSettings;
import dev.custos.node.link.TlsCoordinatorLink;
import dev.custos.node.policy.SignedPolicy;
import dev.custos.server.cluster.DevClusterSettings;
import dev.custos.types.SecretBytes;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@link RemoteCluster} with three nodes that dial its relay over mutual TLS, each holding only its own keystore:
 * key generation, and policies signed by the configured admins, delivered over the relay and verified by each node.
 */
class RemoteClusterTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final List<String> NAMES = List.of("node-1", "node-2", "node-3");

    @TempDir
    Path folder;

    private final List<SigningKey> admins =
            List.of(SigningKey.generate(RANDOM), SigningKey.generate(RANDOM), SigningKey.generate(RANDOM));
    private final Map<String, Node> nodes = new TreeMap<>();
    private SignedCommittee committee;
    private RemoteCluster cluster;

    /** One node as {@code custos node run} runs it. */
    private record Node(
            UnlockedNode unlocked, PolicyAuthorizer authorizer, NodeRuntime runtime, TlsCoordinatorLink link)
            implements AutoCloseable {
        @Override
        public void close() throws java.io.IOException {
            link.close();
            runtime.close();
            unlocked.close();
        }
    }

    @BeforeEach
    void start() throws Exception {
        List<NodeIdentity> identities = new ArrayList<>();
        for (String name : NAMES) {
            identities.add(NodeIdentityStore.init(folder.resolve(name), name, key(name)));
        }
        committee = SignedCommittee.sign(
                new Committee(
                        1,
                        new AdminQuorum(
                                2, admins.stream().map(SigningKey::publicKey).toList()),
                        identities),
                admins.subList(0, 2));
        SigningKey coordinator = SigningKey.generate(RANDOM);
        cluster = RemoteCluster.start(
                new RemoteClusterSettings(
                        new InetSocketAddress("127.0.0.1", 0),
                        committee,
                        2,
                        new JobSettings(Duration.ofSeconds(20), 2, 0)),
                coordinator,
                List.of(admins.get(0), admins.get(2), admins.get(0)),
                Clock.systemUTC());
        coordinator.destroy();
        for (String name : NAMES) {
            startNode(name);
        }
        awaitConnected(Set.copyOf(NAMES));
    }

    @AfterEach
    void stop() throws Exception {
        for (Node node : nodes.values()) {
            node.close();
        }
        cluster.close();
    }

    @Test
    void keysAreGeneratedAcrossTheRemoteNodesAndPoliciesReachEveryOne() throws Exception {
        assertThat(cluster.nodeNames()).isEqualTo(NAMES);
        assertThat(cluster.threshold()).isEqualTo(2);
        Wallet wallet = cluster.engine()
                .generateKey(new WalletId("sol-1"), Scheme.FROST_ED25519, 2, NAMES)
                .get(120, TimeUnit.SECONDS);
        assertThat(wallet.holders()).isEqualTo(NAMES);

        cluster.installPolicy(DevClusterSettings.baselinePolicy(), 1);
        assertThat(versions()).containsOnly(1L);
        cluster.installPolicy(DevClusterSettings.baselinePolicy(), 1);
        assertThat(versions()).containsOnly(1L);
    }

    @Test
    void aRefusalNamesEachNodeAndAnInvalidDocumentNeverLeaves() throws Exception {
        cluster.installPolicy(DevClusterSettings.baselinePolicy(), 2);
        assertThatThrownBy(() -> cluster.installPolicy(DevClusterSettings.baselinePolicy(), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("policy version 1 was refused by node node-1: DOWNGRADE")
                .hasMessageContaining("node node-3: DOWNGRADE");
        assertThatThrownBy(() -> cluster.installPolicy("{\"rules\": 7}".getBytes(), 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a valid policy");
        assertThat(versions()).containsOnly(2L);
    }

    @Test
    void aPolicyCountsOnceNoSignerSetCanLackItAndAnAbsentNodeCatchesUp() throws Exception {
        nodes.remove("node-3").close();
        awaitConnected(Set.of("node-1", "node-2"));
        cluster.installPolicy(DevClusterSettings.baselinePolicy(), 1);

        nodes.remove("node-2").close();
        awaitConnected(Set.of("node-1"));
        assertThatThrownBy(() -> cluster.installPolicy(DevClusterSettings.baselinePolicy(), 2))
                .isInstanceOf(java.io.IOException.class)
                .hasMessageContaining("installed on 1 nodes, fewer than the 2")
                .hasMessageContaining("node-2")
                .hasMessageContaining("node-3");

        startNode("node-3");
        awaitVersion("node-3", 2);
    }

    @Test
    void policyAdminsMustBeAQuorumOfTheCommitteesAdmins() {
        SigningKey stranger = SigningKey.generate(RANDOM);
        RemoteClusterSettings settings =
                new RemoteClusterSettings(new InetSocketAddress("127.0.0.1", 0), committee, 2, JobSettings.defaults());
        assertThatThrownBy(() -> RemoteCluster.start(settings, stranger, List.of(admins.get(0)), Clock.systemUTC()))
                .hasMessageContaining("the policy admin keys are 1 of the committee's 3 admins; a policy needs 2");
        assertThatThrownBy(() ->
                        RemoteCluster.start(settings, stranger, List.of(admins.get(0), stranger), Clock.systemUTC()))
                .hasMessageContaining("is not an admin of committee version 1");
        assertThatThrownBy(() -> new RemoteClusterSettings(
                        new InetSocketAddress("127.0.0.1", 0), committee, 4, JobSettings.defaults()))
                .hasMessageContaining("the signing threshold must be 2 to the committee's 3 members, got 4");
    }

    private void startNode(String name) throws Exception {
        UnlockedNode unlocked = NodeIdentityStore.open(folder.resolve(name), key(name));
        CommitteeStore.open(unlocked.secrets())
                .install(committee, committee.committee().admins());
        Committee members = committee.committee();
        PolicyAuthorizer authorizer =
                PolicyAuthorizer.open(unlocked.secrets(), members.admins(), folder.resolve(name), Clock.systemUTC());
        NodeRuntime runtime = new NodeRuntime(
                unlocked.keys(),
                members,
                NodeStorage.open(unlocked.secrets(), folder.resolve(name)),
                authorizer,
                Optional.of(new PolicyInstaller(name, authorizer.policies(), members.admins())),
                RANDOM);
        InetSocketAddress relay = cluster.relayAddress();
        TlsCoordinatorLink link = TlsCoordinatorLink.startWith(
                LinkSettings.of(
                        new CoordinatorAddress("127.0.0.1", relay.getPort()),
                        dev.custos.node.identity.Ed25519PublicKey.of(
                                java.util.HexFormat.of().parseHex(cluster.coordinatorKey()))),
                unlocked.keys(),
                opened -> {
                    runtime.attach(opened);
                    return runtime;
                },
                Clock.systemUTC());
        nodes.put(name, new Node(unlocked, authorizer, runtime, link));
    }

    private List<Long> versions() {
        return nodes.values().stream()
                .map(node -> node.authorizer()
                        .policies()
                        .current()
                        .map(SignedPolicy::version)
                        .orElse(0L))
                .toList();
    }

    private void awaitConnected(Set<String> names) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!cluster.connectedNodes().equals(names)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("connected: " + cluster.connectedNodes() + ", expected " + names);
            }
            Thread.sleep(20);
        }
    }

    private void awaitVersion(String name, long version) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (nodes.get(name)
                        .authorizer()
                        .policies()
                        .current()
                        .map(SignedPolicy::version)
                        .orElse(0L)
                != version) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(name + " did not install policy version " + version);
            }
            Thread.sleep(20);
        }
    }

    private static KeyFileKeySource key(String name) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) (name.hashCode() | 1));
        return new KeyFileKeySource(SecretBytes.copyOf(bytes));
    }
}
