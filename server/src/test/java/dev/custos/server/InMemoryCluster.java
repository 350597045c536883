package dev.custos.server;

import dev.custos.coordinator.job.JobEngine;
import dev.custos.coordinator.job.JobSettings;
import dev.custos.coordinator.link.InMemoryLinks;
import dev.custos.node.committee.AdminQuorum;
import dev.custos.node.committee.Committee;
import dev.custos.node.identity.NodeIdentity;
import dev.custos.node.identity.NodeIdentityStore;
import dev.custos.node.identity.SigningKey;
import dev.custos.node.identity.UnlockedNode;
import dev.custos.node.job.NodeRuntime;
import dev.custos.node.job.NodeStorage;
import dev.custos.node.job.authorize.DerivedPayloadAuthorizer;
import dev.custos.node.keystore.Argon2idCost;
import dev.custos.node.keystore.PassphraseKeySource;
import dev.custos.server.signing.SignerCluster;
import dev.custos.types.SecretBytes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Three signer nodes and a job engine in one JVM over in-memory links, each node with a real data folder; the nodes
 * sign what they derive from the payload. Opening it again on the same folder gives the same nodes and shares.
 */
public final class InMemoryCluster implements SignerCluster {
    private static final Argon2idCost CHEAP = new Argon2idCost(Argon2idCost.MIN_MEMORY_KIB, 1, 1);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final List<String> NAMES = List.of("node-1", "node-2", "node-3");

    private final InMemoryLinks links = new InMemoryLinks();
    private final JobEngine engine;
    private final Map<String, NodeRuntime> runtimes = new TreeMap<>();
    private final List<UnlockedNode> unlocked = new ArrayList<>();
    /** The policy documents installed, in order. */
    public final List<String> installed = new CopyOnWriteArrayList<>();

    public InMemoryCluster(Path root) throws Exception {
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
        SigningKey admin = SigningKey.generate(RANDOM);
        Committee committee = new Committee(1, new AdminQuorum(1, List.of(admin.publicKey())), identities);
        for (int i = 0; i < NAMES.size(); i++) {
            String name = NAMES.get(i);
            UnlockedNode node = unlocked.get(i);
            NodeStorage storage = NodeStorage.open(node.secrets(), root.resolve(name));
            NodeRuntime runtime =
                    new NodeRuntime(node.keys(), committee, storage, new DerivedPayloadAuthorizer(), RANDOM);
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

    @Override
    public void installPolicy(byte[] policyDocument, long version) {
        installed.add(new String(policyDocument, StandardCharsets.UTF_8));
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
