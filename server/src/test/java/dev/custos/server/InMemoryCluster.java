package dev.custos.server;

import dev.custos.coordinator.job.JobEngine;
import dev.custos.coordinator.job.JobSettings;
import dev.custos.coordinator.link.InMemoryLinks;
import dev.custos.node.committee.AdminQuorum;
import dev.custos.node.committee.Committee;
import dev.custos.node.enforce.PolicyAuthorizer;
import dev.custos.node.enforce.RequestLedger;
import dev.custos.node.identity.NodeIdentity;
import dev.custos.node.identity.NodeIdentityStore;
import dev.custos.node.identity.SigningKey;
import dev.custos.node.identity.UnlockedNode;
import dev.custos.node.job.NodeRuntime;
import dev.custos.node.job.NodeStorage;
import dev.custos.node.job.authorize.DerivedPayloadAuthorizer;
import dev.custos.node.keystore.Argon2idCost;
import dev.custos.node.keystore.PassphraseKeySource;
import dev.custos.node.policy.PolicyInstallException;
import dev.custos.node.policy.PolicyStore;
import dev.custos.node.policy.SignedPolicy;
import dev.custos.server.signing.SignerCluster;
import dev.custos.types.SecretBytes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Three signer nodes and a job engine in one JVM over in-memory links, each node with a real data folder; each node
 * enforces the quorum-signed policy installed on it ({@code PolicyAuthorizer}), as in {@code custos start-dev}. Opening it again on the same folder gives the same nodes and shares.
 */
public final class InMemoryCluster implements SignerCluster {
    private static final Argon2idCost CHEAP = new Argon2idCost(Argon2idCost.MIN_MEMORY_KIB, 1, 1);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final List<String> NAMES = List.of("node-1", "node-2", "node-3");

    private final InMemoryLinks links = new InMemoryLinks();
    private final JobEngine engine;
    private final Map<String, NodeRuntime> runtimes = new TreeMap<>();
    private final Map<String, PolicyStore> policies = new TreeMap<>();
    private final SigningKey admin;
    private final Committee committee;
    private final List<UnlockedNode> unlocked = new ArrayList<>();
    /** The policy documents installed, in order. */
    public final List<String> installed = new CopyOnWriteArrayList<>();

    public InMemoryCluster(Path root) throws Exception {
        this(root, Clock.systemUTC());
    }

    /** Nodes that enforce with {@code clock} as their own clock. */
    public InMemoryCluster(Path root, Clock clock) throws Exception {
        List<NodeIdentity> identities = new ArrayList<>();
        for (String name : NAMES) {
            Path folder = root.resolve(name);
            if (!Files.exists(folder)) {
                NodeIdentityStore.init(folder, name, passphrase(name));
            }
            UnlockedNode node = NodeIdentityStore.open(folder, passphrase(name));
            unlocked.add(node);
            identities.add(node.keys().identity());
        }
        admin = adminKey(root);
        committee = new Committee(1, new AdminQuorum(1, List.of(admin.publicKey())), identities);
        for (int i = 0; i < NAMES.size(); i++) {
            String name = NAMES.get(i);
            UnlockedNode node = unlocked.get(i);
            NodeStorage storage = NodeStorage.open(node.secrets(), root.resolve(name));
            PolicyStore store = PolicyStore.open(node.secrets(), committee.admins());
            policies.put(name, store);
            PolicyAuthorizer authorizer = new PolicyAuthorizer(
                    store,
                    RequestLedger.open(root.resolve(name).resolve("jobs").resolve("requests"), clock.instant()),
                    new DerivedPayloadAuthorizer(),
                    clock);
            NodeRuntime runtime = new NodeRuntime(node.keys(), committee, storage, authorizer, RANDOM);
            runtime.attach(links.connect(name, runtime));
            runtimes.put(name, runtime);
        }
        engine = new JobEngine(
                links, new JobSettings(Duration.ofSeconds(30), 2, 1), new DerivedPayloadAuthorizer(), RANDOM);
    }

    @Override
    public JobEngine engine() {
        return engine;
    }

    @Override
    public List<String> nodeNames() {
        return NAMES;
    }

    @Override
    public Set<String> connectedNodes() {
        return links.connected();
    }

    @Override
    public int threshold() {
        return 2;
    }

    /** Signs the policy with the committee's admin key and installs it on every node, as the dev cluster does. */
    @Override
    public void installPolicy(byte[] policyDocument, long version) throws IOException {
        SignedPolicy signed = SignedPolicy.sign(version, policyDocument, List.of(admin));
        for (Map.Entry<String, PolicyStore> node : policies.entrySet()) {
            try {
                node.getValue().install(signed, committee.admins());
            } catch (PolicyInstallException e) {
                throw new IllegalArgumentException(
                        node.getKey() + " refused policy version " + version + ": " + e.getMessage(), e);
            }
        }
        installed.add(new String(policyDocument, StandardCharsets.UTF_8));
    }

    /** The committee's admin key, kept in {@code root} so that a reopened cluster has the same committee. */
    private static SigningKey adminKey(Path root) throws IOException {
        Path file = root.resolve("admin.seed");
        if (Files.exists(file)) {
            SecretBytes seed = SecretBytes.copyOf(Files.readAllBytes(file));
            try {
                return SigningKey.fromSeed(seed);
            } finally {
                seed.destroy();
            }
        }
        SigningKey key = SigningKey.generate(RANDOM);
        Files.createDirectories(root);
        SecretBytes seed = key.seed();
        try {
            Files.write(file, seed.copy());
        } finally {
            seed.destroy();
        }
        return key;
    }

    private static PassphraseKeySource passphrase(String name) {
        SecretBytes secret = SecretBytes.copyOf(("passphrase of " + name).getBytes(StandardCharsets.UTF_8));
        try {
            return new PassphraseKeySource(secret, CHEAP);
        } finally {
            secret.destroy();
        }
    }

    @Override
    public void close() throws IOException {
        engine.close();
        admin.destroy();
        for (String name : runtimes.keySet()) {
            links.disconnect(name, "closed");
            runtimes.get(name).close();
        }
        for (UnlockedNode node : unlocked) {
            node.close();
        }
        links.close();
    }
}
